package org.evidencecatalogue.study;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.evidencecatalogue.shared.InvalidValueException;

/** Where a study was published. Authors are kept beside it on the study, in order. */
@Embeddable
public record Citation(String title, String journal, @Column(name = "publication_year") int year, String volume,
        String issue, String pages, String articleNumber, LocalDate publishedOn) {

    public Citation {
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("value.citation.title", "A citation needs a title");
        }
    }

    /** "166(8):557-564", "10(10):e0139684", or whatever part of it is known. */
    public String locator() {
        StringBuilder locator = new StringBuilder();
        if (this.volume != null) {
            locator.append(this.volume);
        }
        if (this.issue != null) {
            locator.append('(').append(this.issue).append(')');
        }
        String place = (this.pages != null) ? this.pages : this.articleNumber;
        if (place != null) {
            locator.append(locator.isEmpty() ? "" : ":").append(place);
        }
        return locator.toString();
    }

}
