package org.evidencecatalogue.curation;

import java.util.List;
import java.util.Optional;

/** A record's revisions, oldest first, with its title and current version for the history page. */
public record RecordHistory<F extends RecordForm>(String title, long version, boolean deleted,
        List<Revisioned<RecordState<F>>> revisions) {

    public Optional<Revisioned<RecordState<F>>> revision(long number) {
        return this.revisions.stream().filter((revision) -> revision.number() == number).findFirst();
    }

}
