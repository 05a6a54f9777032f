package org.evidencecatalogue.curation;

/**
 * A form that edits one record. It carries the version of the record it was filled from, so a save that
 * would overwrite someone else's newer change is refused. Its list properties hold rows (aliases, arms,
 * outcomes…) that the "add" and "remove" buttons change without JavaScript.
 */
public interface RecordForm {

    Long getVersion();

    void setVersion(Long version);

    /** Appends an empty row to a list property, e.g. {@code "aliases"} or {@code "arms[0].interventions"}. */
    default void addRow(String list) {
        Rows.add(this, list);
    }

    /** Removes one row of a list property; later rows move up. */
    default void removeRow(String list, int index) {
        Rows.remove(this, list, index);
    }

}
