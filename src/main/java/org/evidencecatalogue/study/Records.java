package org.evidencecatalogue.study;

import java.math.BigDecimal;

import org.evidencecatalogue.drug.Drug;

/** Equality of values inside a study that Java's own equals gets wrong for stored data. */
final class Records {

    private Records() {
    }

    /** The same row: one instance within a session, or equal ids across sessions. */
    static boolean same(Object one, Object other) {
        if (one == other) {
            return true;
        }
        if (one == null || other == null) {
            return false;
        }
        Object oneId = id(one);
        return oneId != null && oneId.equals(id(other));
    }

    static boolean sameNumber(BigDecimal one, BigDecimal other) {
        return (one == null || other == null) ? one == other : one.compareTo(other) == 0;
    }

    private static Object id(Object entity) {
        if (entity instanceof Arm arm) {
            return arm.getId();
        }
        if (entity instanceof Drug drug) {
            return drug.getId();
        }
        return null;
    }

}
