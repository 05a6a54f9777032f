package org.evidencecatalogue.study;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.Hibernate;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.drug.Drug;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The filterable, sortable, paginated study list. Drafts never appear in it. */
@Service
@Transactional(readOnly = true)
public class StudyBrowser {

    public static final int PAGE_SIZE = 20;

    private final StudyListRepository studies;

    StudyBrowser(StudyListRepository studies) {
        this.studies = studies;
    }

    public Page<Study> find(StudyCriteria criteria, StudySort sort, int page) {
        Page<Study> found = this.studies.findAll(specification(criteria),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, sort.sort()));
        // Batch fetching loads these for the whole page in a few queries.
        found.forEach((study) -> {
            Hibernate.initialize(study.getConditions());
            Hibernate.initialize(study.getDrugs());
            Hibernate.initialize(study.getOutcomes());
        });
        return found;
    }

    /** The years of the listed studies, oldest and newest, for the year-range inputs. */
    public int[] yearBounds() {
        return this.studies.yearBounds();
    }

    static Specification<Study> specification(StudyCriteria criteria) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.notEqual(root.get("status"), StudyStatus.DRAFT));
            predicates.add(cb.isNull(root.get("deletedAt")));
            if (criteria.conditionIds() != null) {
                Subquery<Long> inConditions = query.subquery(Long.class);
                Root<Study> study = inConditions.from(Study.class);
                Join<Study, Condition> condition = study.join("conditions");
                inConditions.select(study.get("id")).where(condition.get("id").in(criteria.conditionIds()));
                predicates.add(root.get("id").in(inConditions));
            }
            if (criteria.drugSlug() != null) {
                Subquery<Long> withDrug = query.subquery(Long.class);
                Root<Study> study = withDrug.from(Study.class);
                Join<Study, Drug> drug = study.join("drugs");
                withDrug.select(study.get("id")).where(cb.equal(drug.get("slug"), criteria.drugSlug()));
                predicates.add(root.get("id").in(withDrug));
            }
            if (criteria.design() != null) {
                predicates.add(cb.equal(root.get("design"), criteria.design()));
            }
            if (criteria.yearFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("citation").get("year"), criteria.yearFrom()));
            }
            if (criteria.yearTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("citation").get("year"), criteria.yearTo()));
            }
            if (criteria.pemRequired() != null) {
                predicates.add(cb.equal(root.get("population").get("pemRequired"), criteria.pemRequired()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

}
