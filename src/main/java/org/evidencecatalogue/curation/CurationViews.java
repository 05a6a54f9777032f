package org.evidencecatalogue.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Turns records' states into what the curator pages show: labelled fields, the changes each revision made,
 * and, after a refused save, what someone else changed meanwhile beside what this curator typed.
 */
@Component
public class CurationViews {

    private static final String DELETED = "deleted";

    private final FieldLabels labels;

    CurationViews(FieldLabels labels) {
        this.labels = labels;
    }

    /** The revisions newest first, each with the fields it changed from the one before. */
    List<HistoryEntry> history(RecordKind kind, RecordHistory<?> history, Locale locale) {
        List<HistoryEntry> entries = new ArrayList<>();
        Snapshot before = null;
        List<? extends Revisioned<? extends RecordState<?>>> revisions = history.revisions();
        for (int i = 0; i < revisions.size(); i++) {
            Revisioned<? extends RecordState<?>> revision = revisions.get(i);
            Snapshot after = snapshot(revision.state());
            List<Change> changes = (before != null) ? changes(kind, before, after, locale) : List.of();
            entries.addFirst(new HistoryEntry(revision.number(), revision.changedAt(), revision.username(),
                    before == null, i == revisions.size() - 1, changes));
            before = after;
        }
        return entries;
    }

    /** Every field of a record at one revision, labelled, in the form's order. */
    List<Change> fields(RecordKind kind, RecordState<?> state, Locale locale) {
        Snapshot snapshot = snapshot(state);
        return snapshot.values()
            .entrySet()
            .stream()
            .map((field) -> new Change(this.labels.label(kind.name(), field.getKey(), locale), "", field.getValue()))
            .toList();
    }

    /**
     * The fields someone else changed since {@code base} (the version the curator started from), with what the
     * curator typed for each. Without a base, every field where the two differ.
     */
    List<Conflict> conflicts(RecordKind kind, Optional<? extends RecordForm> base, RecordForm theirs,
            RecordForm yours, Locale locale) {
        Snapshot theirSnapshot = Snapshot.of(theirs);
        Snapshot yourSnapshot = Snapshot.of(yours);
        Snapshot baseSnapshot = base.map(Snapshot::of).orElse(yourSnapshot);
        return theirSnapshot.changedFrom(baseSnapshot)
            .stream()
            .map((path) -> new Conflict(this.labels.label(kind.name(), path, locale), baseSnapshot.get(path),
                    theirSnapshot.get(path), yourSnapshot.get(path)))
            .toList();
    }

    private List<Change> changes(RecordKind kind, Snapshot before, Snapshot after, Locale locale) {
        return after.changedFrom(before)
            .stream()
            .map((path) -> new Change(this.labels.label(kind.name(), path, locale), before.get(path), after.get(path)))
            .toList();
    }

    private static Snapshot snapshot(RecordState<?> state) {
        return Snapshot.of(state.form()).with(DELETED, state.deleted() ? Snapshot.text(true) : "");
    }

    /**
     * One revision on the history page. {@code username} is null for the baseline of seeded records;
     * {@code first} has no changes to show, {@code latest} is the record as it is now.
     */
    public record HistoryEntry(long number, Instant changedAt, String username, boolean first, boolean latest,
            List<Change> changes) {
    }

    public record Change(String label, String before, String after) {
    }

    public record Conflict(String label, String before, String theirs, String yours) {
    }

}
