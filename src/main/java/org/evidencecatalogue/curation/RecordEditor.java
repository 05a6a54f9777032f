package org.evidencecatalogue.curation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * What a feature provides so curators can edit its records through the shared curation pages
 * ({@link RecordCurationController}). Implementations map between the record and its form in one place and
 * save in one transaction. Records are found by slug; deleted ones only by {@link #history} and
 * {@link #restore}.
 */
public interface RecordEditor<F extends RecordForm> {

    RecordKind kind();

    F blankForm();

    /** The record as it is now; not found when it does not exist or is deleted. */
    F currentForm(String slug);

    /** Reference data the form offers as choices (conditions, sources, …), by model attribute name. */
    Map<String, ?> formOptions();

    /** Rules that need the catalogue: unique slugs and identifiers, references that must exist. */
    void check(F form, String slug, EditKind edit, Errors errors);

    /** Creates the record and returns its slug. */
    String create(F form);

    /**
     * Applies the form to the record. Refused with an
     * {@link org.springframework.dao.OptimisticLockingFailureException} when the form's version is not the
     * record's: someone else saved in between.
     */
    void update(String slug, F form);

    void delete(String slug, long version);

    void restore(String slug, long version);

    RecordHistory<F> history(String slug);

    /** The record as it was at a version, to show a curator what changed since they opened the form. */
    Optional<F> formAtVersion(String slug, long version);

    List<RecordSummary> summaries();

    /** Where the public sees the record, or null when it has no page of its own. */
    String publicPath(String slug);

}
