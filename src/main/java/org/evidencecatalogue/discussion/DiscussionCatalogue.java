package org.evidencecatalogue.discussion;

import java.util.List;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads discussion excerpts with what they are about, for the pages that quote them. */
@Service
@Transactional(readOnly = true)
public class DiscussionCatalogue {

    public static final int PAGE_SIZE = 25;

    private final DiscussionRepository excerpts;

    DiscussionCatalogue(DiscussionRepository excerpts) {
        this.excerpts = excerpts;
    }

    public List<DiscussionExcerpt> aboutStudy(String slug) {
        return withLinks(this.excerpts.findByStudySlug(slug));
    }

    public List<DiscussionExcerpt> aboutDrug(String slug) {
        return withLinks(this.excerpts.findByDrugSlug(slug));
    }

    public List<DiscussionExcerpt> aboutCondition(String slug) {
        return withLinks(this.excerpts.findByConditionSlug(slug));
    }

    /** One excerpt that is not deleted, with what it is about. */
    public java.util.Optional<DiscussionExcerpt> findPublic(String slug) {
        return this.excerpts.findBySlug(slug)
            .filter((excerpt) -> excerpt.getDeletedAt() == null)
            .map((excerpt) -> withLinks(List.of(excerpt)).get(0));
    }

    public List<DiscussionExcerpt> all() {
        return withLinks(this.excerpts.findAllInThreadOrder());
    }

    /** Excerpts about a drug, study and/or condition (slugs) and of a kind; null means any. */
    public Page<DiscussionExcerpt> filtered(String drug, String study, String condition, DiscussionKind kind, int page) {
        Page<DiscussionExcerpt> found = this.excerpts.findFiltered(drug, study, condition, kind,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("threadTitle", "positionInThread", "id")));
        withLinks(found.getContent());
        return found;
    }

    private static List<DiscussionExcerpt> withLinks(List<DiscussionExcerpt> excerpts) {
        excerpts.forEach((excerpt) -> {
            Hibernate.initialize(excerpt.getDrugs());
            Hibernate.initialize(excerpt.getStudies());
            Hibernate.initialize(excerpt.getConditions());
        });
        return excerpts;
    }

}
