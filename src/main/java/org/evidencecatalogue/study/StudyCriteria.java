package org.evidencecatalogue.study;

import java.util.List;

/**
 * What a reader narrows the study list by. Null means "any". {@code conditionIds} holds a condition and every
 * condition below it, so filtering by HLH also finds studies of MAS.
 */
public record StudyCriteria(List<Long> conditionIds, String drugSlug, Design design, Integer yearFrom, Integer yearTo,
        Boolean pemRequired) {

    public static StudyCriteria any() {
        return new StudyCriteria(null, null, null, null, null, null);
    }

}
