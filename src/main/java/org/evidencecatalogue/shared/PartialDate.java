package org.evidencecatalogue.shared;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A date known to the year, or to the month: sources say "in 2001" or "in December 2021", and the catalogue
 * must not pretend to know more.
 */
@Embeddable
public record PartialDate(Integer year, Integer month) implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER = Comparator
        .comparing(PartialDate::year, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(PartialDate::month, Comparator.nullsFirst(Comparator.naturalOrder()));

    public PartialDate {
        if (year == null && month != null) {
            throw new InvalidValueException("value.date.monthWithoutYear", "A month needs a year");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new InvalidValueException("value.date.month", "Month must be 1 to 12, was " + month);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month);
    }

    public boolean isKnown() {
        return this.year != null;
    }

    /** "December 2021", "2001", or an empty string. */
    public String display() {
        if (this.year == null) {
            return "";
        }
        if (this.month == null) {
            return String.valueOf(this.year);
        }
        return Month.of(this.month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + this.year;
    }

    /** ISO 8601 reduced precision, for {@code <time datetime>}: "2021-12" or "2001". */
    public String iso() {
        if (this.year == null) {
            return "";
        }
        return (this.month == null) ? String.format("%04d", this.year) : String.format("%04d-%02d", this.year, this.month);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

}
