package org.evidencecatalogue.source;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidencecatalogue.curation.AuditTrail;
import org.evidencecatalogue.curation.CuratedRecordEditor;
import org.evidencecatalogue.curation.EditKind;
import org.evidencecatalogue.curation.RecordKind;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/** Curators' changes to sources. A source has no public page of its own: it is listed on the pages it supports. */
@Service
class SourceEditor extends CuratedRecordEditor<Source, SourceForm> {

    static final RecordKind KIND = new RecordKind("source", "sources");

    private final SourceRepository sources;

    SourceEditor(SourceRepository sources, AuditTrail trail, Clock clock) {
        super(Source.class, trail, clock);
        this.sources = sources;
    }

    @Override
    public RecordKind kind() {
        return KIND;
    }

    @Override
    public SourceForm blankForm() {
        return new SourceForm();
    }

    @Override
    public Map<String, ?> formOptions() {
        return Map.of("sourceKinds", SourceKind.values());
    }

    @Override
    public String publicPath(String slug) {
        return null;
    }

    @Override
    protected Optional<Source> find(String slug) {
        return this.sources.findBySlug(slug);
    }

    @Override
    protected List<Source> all() {
        return this.sources.findAllByOrderByTitle();
    }

    @Override
    protected Source persist(Source source) {
        return this.sources.save(source);
    }

    @Override
    protected Source newRecord(String slug, SourceForm form) {
        return new Source(slug);
    }

    @Override
    protected SourceForm toForm(Source source) {
        return SourceForm.from(source);
    }

    @Override
    protected void apply(SourceForm form, Source source) {
        form.applyTo(source);
    }

    @Override
    protected String title(Source source) {
        return source.getTitle();
    }

    @Override
    protected String slugSource(SourceForm form) {
        return form.getTitle();
    }

    @Override
    protected int maxSlugLength() {
        return 120;
    }

    @Override
    protected void checkRecord(SourceForm form, Source current, EditKind edit, Errors errors) {
        // Nothing beyond the form's own rules: a source refers to no other record.
    }

    @Override
    protected long liveReferences(Source source) {
        return this.sources.countLiveUses(source.getId());
    }

}
