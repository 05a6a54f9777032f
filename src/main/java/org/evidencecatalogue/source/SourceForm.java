package org.evidencecatalogue.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.RecordForm;
import org.evidencecatalogue.curation.SluggedForm;

/** A source document as a curator edits it. */
public class SourceForm implements RecordForm, SluggedForm {

    private Long version;

    private String slug;

    @NotBlank
    @Size(max = 500)
    private String title;

    @NotNull
    private SourceKind kind;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "{curation.url}")
    private String url;

    @Size(max = 200)
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{source.fileName.pattern}")
    private String fileName;

    @Size(max = 4000)
    private String description;

    static SourceForm from(Source source) {
        SourceForm form = new SourceForm();
        form.version = source.getVersion();
        form.slug = source.getSlug();
        form.title = source.getTitle();
        form.kind = source.getKind();
        form.url = source.getUrl();
        form.fileName = source.getFileName();
        form.description = source.getDescription();
        return form;
    }

    void applyTo(Source source) {
        source.describe(this.title, this.kind, this.url, this.fileName, this.description);
    }

    @Override
    public Long getVersion() {
        return this.version;
    }

    @Override
    public void setVersion(Long version) {
        this.version = version;
    }

    @Override
    public String getSlug() {
        return this.slug;
    }

    @Override
    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SourceKind getKind() {
        return this.kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public String getUrl() {
        return this.url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getFileName() {
        return this.fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

}
