package org.evidencecatalogue.drug;

import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.evidencecatalogue.shared.Choice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads drugs for the public pages with each page's fetch plan loaded (open-in-view is off). */
@Service
@Transactional(readOnly = true)
public class DrugCatalogue {

    private final DrugRepository drugs;

    private final DrugUseRepository uses;

    DrugCatalogue(DrugRepository drugs, DrugUseRepository uses) {
        this.drugs = drugs;
        this.uses = uses;
    }

    public List<Drug> all() {
        List<Drug> all = this.drugs.findByDeletedAtIsNullOrderByName();
        all.forEach((drug) -> Hibernate.initialize(drug.getAliases()));
        return all;
    }

    /** Every drug that was not deleted, as a filter option. */
    public List<Choice> choices() {
        return this.drugs.findChoices();
    }

    /** A drug that was not deleted, with its names, routes, approvals, uses, warnings, adverse reactions and sources. */
    public Optional<Drug> findForPage(String slug) {
        return this.drugs.findBySlug(slug).filter((drug) -> !drug.isDeleted()).map((drug) -> {
            Hibernate.initialize(drug.getAliases());
            Hibernate.initialize(drug.getRoutes());
            Hibernate.initialize(drug.getSources());
            drug.getApprovals().forEach((approval) -> {
                Hibernate.initialize(approval.getCondition());
                Hibernate.initialize(approval.getSource());
            });
            drug.getUses().forEach((use) -> {
                Hibernate.initialize(use.getCondition());
                Hibernate.initialize(use.getSource());
            });
            drug.getWarnings().forEach((warning) -> Hibernate.initialize(warning.getSource()));
            drug.getAdverseReactions().forEach((reaction) -> Hibernate.initialize(reaction.getSource()));
            return drug;
        });
    }

    /** The uses of any drug in the given conditions, with their drugs, for a condition's page. */
    public List<DrugUse> usesInConditions(List<Long> conditionIds) {
        return conditionIds.isEmpty() ? List.of() : this.uses.findInConditions(conditionIds);
    }

}
