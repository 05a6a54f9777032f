package org.evidencecatalogue.drug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.curation.RecordForm;
import org.evidencecatalogue.curation.SluggedForm;
import org.evidencecatalogue.curation.ValueRules;
import org.evidencecatalogue.shared.InvalidValueException;
import org.evidencecatalogue.source.Source;

/**
 * A drug as a curator edits it: its descriptions, names, routes, approvals, uses and safety, each list as rows.
 * Conditions and sources are chosen by slug. Mapped to and from the entity here and nowhere else.
 */
@ValueRules
public class DrugForm implements RecordForm, SluggedForm, ValueRules.Checked {

    private Long version;

    private String slug;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 4000)
    private String description;

    @Size(max = 300)
    private String drugClass;

    @Size(max = 4000)
    private String mechanism;

    @Size(max = 300)
    private String manufacturer;

    @Size(max = 4000)
    private String chemistry;

    @Size(max = 10000)
    private String history;

    @Size(max = 4000)
    private String pregnancy;

    private List<@Valid AliasRow> aliases = new ArrayList<>();

    private List<@Valid RouteRow> routes = new ArrayList<>();

    private List<@Valid ApprovalRow> approvals = new ArrayList<>();

    private List<@Valid UseRow> uses = new ArrayList<>();

    private List<@Valid WarningRow> warnings = new ArrayList<>();

    private List<@Valid ReactionRow> adverseReactions = new ArrayList<>();

    private List<String> sources = new ArrayList<>();

    static DrugForm from(Drug drug) {
        DrugForm form = new DrugForm();
        form.version = drug.getVersion();
        form.slug = drug.getSlug();
        form.name = drug.getName();
        form.description = drug.getDescription();
        form.drugClass = drug.getDrugClass();
        form.mechanism = drug.getMechanism();
        form.manufacturer = drug.getManufacturer();
        form.chemistry = drug.getChemistry();
        form.history = drug.getHistory();
        form.pregnancy = drug.getPregnancy();
        drug.getAliases().forEach((alias) -> form.aliases.add(AliasRow.from(alias)));
        drug.getRoutes().forEach((route) -> form.routes.add(RouteRow.from(route)));
        byPosition(drug.getApprovals()).forEach((approval) -> form.approvals.add(ApprovalRow.from(approval)));
        byPosition(drug.getUses()).forEach((use) -> form.uses.add(UseRow.from(use)));
        byPosition(drug.getWarnings()).forEach((warning) -> form.warnings.add(WarningRow.from(warning)));
        byPosition(drug.getAdverseReactions()).forEach((reaction) -> form.adverseReactions.add(ReactionRow.from(reaction)));
        drug.getSources().stream().map(Source::getSlug).sorted().forEach(form.sources::add);
        return form;
    }

    /**
     * Applies every field. Parts are matched to rows by position, so a part keeps its row (and its history)
     * until rows above it are removed.
     */
    void applyTo(Drug drug, Function<String, Condition> conditions, Function<String, Source> sources) {
        drug.setName(this.name);
        drug.setDescription(this.description);
        drug.setDrugClass(this.drugClass);
        drug.setMechanism(this.mechanism);
        drug.setManufacturer(this.manufacturer);
        drug.setChemistry(this.chemistry);
        drug.setHistory(this.history);
        drug.setPregnancy(this.pregnancy);
        drug.replaceAliases(this.aliases.stream().map(AliasRow::toAlias).toList());
        drug.replaceRoutes(this.routes.stream().map(RouteRow::toRoute).toList());
        List<Approval> approvals = drug.resizeApprovals(this.approvals.size());
        for (int i = 0; i < approvals.size(); i++) {
            ApprovalRow row = this.approvals.get(i);
            approvals.get(i).update(row.getKind(), row.getAgency(), row.getRegion(), row.decided(), row.getIndication(),
                    optional(row.getCondition(), conditions), sources.apply(row.getSource()));
        }
        List<DrugUse> uses = drug.resizeUses(this.uses.size());
        for (int i = 0; i < uses.size(); i++) {
            UseRow row = this.uses.get(i);
            uses.get(i).update(row.getStatus(), row.getDescription(), optional(row.getCondition(), conditions),
                    sources.apply(row.getSource()));
        }
        List<DrugWarning> warnings = drug.resizeWarnings(this.warnings.size());
        for (int i = 0; i < warnings.size(); i++) {
            WarningRow row = this.warnings.get(i);
            warnings.get(i).update(row.getKind(), row.getText(), sources.apply(row.getSource()));
        }
        List<AdverseReaction> reactions = drug.resizeAdverseReactions(this.adverseReactions.size());
        for (int i = 0; i < reactions.size(); i++) {
            ReactionRow row = this.adverseReactions.get(i);
            reactions.get(i).update(row.getReaction(), row.getFrequency(), sources.apply(row.getSource()));
        }
        Set<Source> linked = new LinkedHashSet<>();
        this.sources.forEach((slug) -> linked.add(sources.apply(slug)));
        drug.linkSources(linked);
    }

    /** A drug's aliases are unique (drug_alias allows each once). */
    @Override
    public void checkValues(ValueRules.Check check) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < this.aliases.size(); i++) {
            String alias = this.aliases.get(i).getName();
            check.that("aliases[" + i + "].name", () -> {
                if (alias != null && !seen.add(alias.strip())) {
                    throw new InvalidValueException("curation.duplicateName", "Named twice: " + alias);
                }
            });
        }
    }

    private static <P extends DrugPart> List<P> byPosition(List<P> parts) {
        return parts.stream().sorted(Comparator.comparingInt(DrugPart::getPosition)).toList();
    }

    private static <T> T optional(String slug, Function<String, T> find) {
        return (slug != null) ? find.apply(slug) : null;
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

    public String getDrugClass() {
        return this.drugClass;
    }

    public void setDrugClass(String drugClass) {
        this.drugClass = drugClass;
    }

    public String getMechanism() {
        return this.mechanism;
    }

    public void setMechanism(String mechanism) {
        this.mechanism = mechanism;
    }

    public String getManufacturer() {
        return this.manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getChemistry() {
        return this.chemistry;
    }

    public void setChemistry(String chemistry) {
        this.chemistry = chemistry;
    }

    public String getHistory() {
        return this.history;
    }

    public void setHistory(String history) {
        this.history = history;
    }

    public String getPregnancy() {
        return this.pregnancy;
    }

    public void setPregnancy(String pregnancy) {
        this.pregnancy = pregnancy;
    }

    public List<AliasRow> getAliases() {
        return this.aliases;
    }

    public void setAliases(List<AliasRow> aliases) {
        this.aliases = aliases;
    }

    public List<RouteRow> getRoutes() {
        return this.routes;
    }

    public void setRoutes(List<RouteRow> routes) {
        this.routes = routes;
    }

    public List<ApprovalRow> getApprovals() {
        return this.approvals;
    }

    public void setApprovals(List<ApprovalRow> approvals) {
        this.approvals = approvals;
    }

    public List<UseRow> getUses() {
        return this.uses;
    }

    public void setUses(List<UseRow> uses) {
        this.uses = uses;
    }

    public List<WarningRow> getWarnings() {
        return this.warnings;
    }

    public void setWarnings(List<WarningRow> warnings) {
        this.warnings = warnings;
    }

    public List<ReactionRow> getAdverseReactions() {
        return this.adverseReactions;
    }

    public void setAdverseReactions(List<ReactionRow> adverseReactions) {
        this.adverseReactions = adverseReactions;
    }

    public List<String> getSources() {
        return this.sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources;
    }

}
