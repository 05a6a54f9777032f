package org.evidencecatalogue.curation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.evidencecatalogue.shared.CuratedEntity;
import org.evidencecatalogue.shared.NotFoundException;
import org.evidencecatalogue.shared.Slugs;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The parts of a {@link RecordEditor} that are the same for every kind of record: finding it by slug,
 * refusing stale versions, soft delete and restore, history, new slugs. A feature supplies the mapping
 * between its entity and its form, and the rules only it knows.
 */
@Transactional
public abstract class CuratedRecordEditor<E extends CuratedEntity, F extends RecordForm & SluggedForm>
        implements RecordEditor<F> {

    /** Slugs that would clash with the curator routes beside the public pages. */
    private static final Set<String> RESERVED = Set.of("new");

    private final Class<E> type;

    private final AuditTrail trail;

    private final Clock clock;

    protected CuratedRecordEditor(Class<E> type, AuditTrail trail, Clock clock) {
        this.type = type;
        this.trail = trail;
        this.clock = clock;
    }

    /** The record with this slug, deleted or not. */
    protected abstract Optional<E> find(String slug);

    /** Every record of the kind, deleted ones included, in the order the overview lists them. */
    protected abstract List<E> all();

    protected abstract E persist(E entity);

    protected abstract E newRecord(String slug, F form);

    protected abstract F toForm(E entity);

    /** Applies every field of the form; references are resolved by slug, and {@link #check} found them all. */
    protected abstract void apply(F form, E entity);

    protected abstract String title(E entity);

    /** The text a new record's slug is derived from when the curator leaves it empty. */
    protected abstract String slugSource(F form);

    protected abstract int maxSlugLength();

    /** Rules of this kind that need the catalogue, beyond a new record's slug. */
    protected abstract void checkRecord(F form, E current, EditKind edit, Errors errors);

    /** How many live records point to this one so that deleting it would break their pages. */
    protected long liveReferences(E entity) {
        return 0;
    }

    /** How many deleted records this one points to, so that restoring it would show broken links. */
    protected long deletedReferences(E entity) {
        return 0;
    }

    /** A workflow state worth showing in the overview, as a message key, or null. */
    protected String status(E entity) {
        return null;
    }

    @Override
    @Transactional(readOnly = true)
    public F currentForm(String slug) {
        return toForm(live(slug));
    }

    @Override
    @Transactional(readOnly = true)
    public void check(F form, String slug, EditKind edit, Errors errors) {
        E current = null;
        if (edit == EditKind.CREATE) {
            checkNewSlug(form, errors);
        }
        else {
            current = live(slug);
            form.setSlug(current.getSlug());
        }
        checkRecord(form, current, edit, errors);
    }

    @Override
    public String create(F form) {
        E entity = newRecord(form.getSlug(), form);
        apply(form, entity);
        entity.markChanged(this.clock.instant());
        return persist(entity).getSlug();
    }

    /**
     * Saves only what changed: a form equal to the record makes no revision at all. The record's own row
     * always changes otherwise, so its version guards the whole record, parts included.
     */
    @Override
    public void update(String slug, F form) {
        E entity = live(slug);
        requireVersion(entity, form.getVersion());
        form.setSlug(entity.getSlug());
        if (Snapshot.of(form).changedFrom(Snapshot.of(toForm(entity))).isEmpty()) {
            return;
        }
        apply(form, entity);
        entity.markChanged(this.clock.instant());
    }

    @Override
    public void delete(String slug, long version) {
        E entity = live(slug);
        requireVersion(entity, version);
        long references = liveReferences(entity);
        if (references > 0) {
            throw new RecordInUseException(slug, references);
        }
        entity.markDeleted(CurrentCurator.username(), this.clock.instant());
    }

    @Override
    public void restore(String slug, long version) {
        E entity = find(slug).filter(CuratedEntity::isDeleted).orElseThrow(() -> notFound(slug));
        requireVersion(entity, version);
        long references = deletedReferences(entity);
        if (references > 0) {
            throw new RecordInUseException(slug, references);
        }
        entity.markRestored(this.clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public RecordHistory<F> history(String slug) {
        E entity = find(slug).orElseThrow(() -> notFound(slug));
        List<Revisioned<RecordState<F>>> revisions = this.trail.revisions(this.type, entity.getId(),
                (revision) -> new RecordState<>(toForm(revision), revision.isDeleted()));
        return new RecordHistory<>(title(entity), entity.getVersion(), entity.isDeleted(), revisions);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<F> formAtVersion(String slug, long version) {
        return find(slug).flatMap((entity) -> this.trail.atVersion(this.type, entity.getId(), version, this::toForm));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordSummary> summaries() {
        return all().stream()
            .map((entity) -> new RecordSummary(entity.getSlug(), title(entity), status(entity), entity.isDeleted(),
                    entity.getUpdatedAt(), entity.getVersion()))
            .toList();
    }

    protected E live(String slug) {
        return find(slug).filter((entity) -> !entity.isDeleted()).orElseThrow(() -> notFound(slug));
    }

    private void checkNewSlug(F form, Errors errors) {
        String slug = (form.getSlug() != null) ? form.getSlug() : Slugs.derive(slugSource(form), maxSlugLength());
        form.setSlug(slug);
        if (slug == null || slug.isEmpty()) {
            if (!errors.hasFieldErrors("slug")) {
                errors.rejectValue("slug", "curation.slug.required");
            }
        }
        else if (!Slugs.isValid(slug) || slug.length() > maxSlugLength()) {
            errors.rejectValue("slug", "curation.slug.pattern", new Object[] { maxSlugLength() }, null);
        }
        else if (RESERVED.contains(slug)) {
            errors.rejectValue("slug", "curation.slug.reserved");
        }
        else if (find(slug).isPresent()) {
            errors.rejectValue("slug", "curation.slug.taken");
        }
    }

    private void requireVersion(E entity, Long version) {
        if (version == null || version != entity.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(this.type, entity.getSlug());
        }
    }

    private NotFoundException notFound(String slug) {
        return new NotFoundException(this.type.getSimpleName(), slug);
    }

}
