package org.evidencecatalogue.discussion;

import java.util.List;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads discussion excerpts with what they are about, for the pages that quote them. */
@Service
@Transactional(readOnly = true)
public class DiscussionCatalogue {

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

    public List<DiscussionExcerpt> all() {
        return withLinks(this.excerpts.findAllInThreadOrder());
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
