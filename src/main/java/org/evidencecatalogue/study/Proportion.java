package org.evidencecatalogue.study;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.evidencecatalogue.shared.InvalidValueException;

/** n of N: how many of an arm's participants had an event. Never more events than participants. */
@Embeddable
public record Proportion(@Column(name = "events") Integer events, @Column(name = "total") Integer total) {

    public Proportion {
        if (events != null && events < 0) {
            throw new InvalidValueException("value.proportion.negative", "Events cannot be negative: " + events);
        }
        if (total != null && total < 1) {
            throw new InvalidValueException("value.proportion.total", "A total must be at least 1: " + total);
        }
        if (events != null && total != null && events > total) {
            throw new InvalidValueException("value.proportion.eventsExceedTotal", "Events (" + events + ") cannot exceed the total (" + total + ")");
        }
    }

    public static Proportion of(int events, int total) {
        return new Proportion(events, total);
    }

    public boolean isComplete() {
        return this.events != null && this.total != null;
    }

    /** The share as a fraction from 0 to 1; only for a complete proportion. */
    public double fraction() {
        return (double) this.events / this.total;
    }

}
