package org.evidencecatalogue.condition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.RecordForm;
import org.evidencecatalogue.curation.SluggedForm;
import org.evidencecatalogue.curation.ValueRules;
import org.evidencecatalogue.shared.InvalidValueException;
import org.evidencecatalogue.source.Source;

/** A condition as a curator edits it: its names, its place in the hierarchy and its sources, by slug. */
@ValueRules
public class ConditionForm implements RecordForm, SluggedForm, ValueRules.Checked {

    private Long version;

    private String slug;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 4000)
    private String description;

    private String parent;

    private List<@Valid SynonymRow> synonyms = new ArrayList<>();

    private List<String> sources = new ArrayList<>();

    static ConditionForm from(Condition condition) {
        ConditionForm form = new ConditionForm();
        form.version = condition.getVersion();
        form.slug = condition.getSlug();
        form.name = condition.getName();
        form.description = condition.getDescription();
        form.parent = (condition.getParent() != null) ? condition.getParent().getSlug() : null;
        condition.getSynonyms().forEach((synonym) -> form.synonyms.add(SynonymRow.from(synonym)));
        condition.getSources()
            .stream()
            .sorted(Comparator.comparing(Source::getTitle))
            .forEach((source) -> form.sources.add(source.getSlug()));
        return form;
    }

    /** The names, by value: the table allows a name once per condition. */
    @Override
    public void checkValues(ValueRules.Check check) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < this.synonyms.size(); i++) {
            String synonym = this.synonyms.get(i).getName();
            check.that("synonyms[" + i + "].name", () -> {
                if (synonym != null && !seen.add(synonym.strip())) {
                    throw new InvalidValueException("curation.duplicateName", "Named twice: " + synonym);
                }
            });
        }
    }

    List<Synonym> synonyms() {
        return this.synonyms.stream().map(SynonymRow::toSynonym).toList();
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

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getParent() {
        return this.parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public List<SynonymRow> getSynonyms() {
        return this.synonyms;
    }

    public void setSynonyms(List<SynonymRow> synonyms) {
        this.synonyms = synonyms;
    }

    public List<String> getSources() {
        return this.sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources;
    }

}
