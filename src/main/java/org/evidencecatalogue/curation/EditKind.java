package org.evidencecatalogue.curation;

/** Why a form is being saved; a few rules differ, e.g. restoring a revision may undo a status change. */
public enum EditKind {

    CREATE, UPDATE, RESTORE

}
