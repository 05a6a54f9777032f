package org.evidencecatalogue.study;

import org.springframework.data.domain.Sort;

/** The orders a reader can sort the study list in; each breaks ties by title so pages are stable. */
public enum StudySort {

    NEWEST(Sort.by(Sort.Order.desc("citation.year"), Sort.Order.asc("citation.title"), Sort.Order.asc("id"))),
    OLDEST(Sort.by(Sort.Order.asc("citation.year"), Sort.Order.asc("citation.title"), Sort.Order.asc("id"))),
    TITLE(Sort.by(Sort.Order.asc("citation.title"), Sort.Order.asc("id"))),
    LARGEST(Sort.by(Sort.Order.desc("population.enrolled").nullsLast(), Sort.Order.asc("citation.title"),
            Sort.Order.asc("id")));

    private final Sort sort;

    StudySort(Sort sort) {
        this.sort = sort;
    }

    public Sort sort() {
        return this.sort;
    }

}
