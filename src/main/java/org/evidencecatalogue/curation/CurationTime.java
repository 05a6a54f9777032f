package org.evidencecatalogue.curation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** When something changed, as curators read it; templates call it as {@code @curationTime}. */
@Component("curationTime")
public class CurationTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC);

    public String format(Instant instant) {
        return (instant != null) ? FORMAT.format(instant) : "";
    }

    /** For {@code <time datetime>}. */
    public String iso(Instant instant) {
        return (instant != null) ? instant.toString() : "";
    }

}
