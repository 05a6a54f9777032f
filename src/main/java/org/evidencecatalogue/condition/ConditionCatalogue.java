package org.evidencecatalogue.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.evidencecatalogue.shared.Choice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads conditions for the public pages: a condition with its names, its place in the hierarchy and its sources. */
@Service
@Transactional(readOnly = true)
public class ConditionCatalogue {

    private final ConditionRepository conditions;

    ConditionCatalogue(ConditionRepository conditions) {
        this.conditions = conditions;
    }

    public List<Condition> all() {
        List<Condition> all = this.conditions.findByDeletedAtIsNullOrderByName();
        all.forEach((condition) -> Hibernate.initialize(condition.getSynonyms()));
        return all;
    }

    /** Every condition as a filter option. */
    public List<Choice> choices() {
        return this.conditions.findChoices();
    }

    /** The ids of a condition and every condition below it, or empty for an unknown slug. */
    public Optional<List<Long>> subtreeIds(String slug) {
        return this.conditions.findBySlug(slug).map((condition) -> this.conditions.idsOfSubtree(condition.getId()));
    }

    public Optional<ConditionPage> findForPage(String slug) {
        return this.conditions.findBySlug(slug).filter((condition) -> !condition.isDeleted()).map((condition) -> {
            Hibernate.initialize(condition.getSynonyms());
            List<Condition> ancestors = new ArrayList<>();
            for (Condition parent = condition.getParent(); parent != null; parent = parent.getParent()) {
                ancestors.addFirst(parent);
            }
            List<Condition> children = this.conditions.findByParentAndDeletedAtIsNullOrderByName(condition);
            return new ConditionPage(condition, ancestors, children, this.conditions.idsOfSubtree(condition.getId()));
        });
    }

    /**
     * A condition's page: the condition, its ancestors from the root down, its children, and the ids of it and
     * every condition below it (a study of MAS is also a study of secondary HLH).
     */
    public record ConditionPage(Condition condition, List<Condition> ancestors, List<Condition> children,
            List<Long> subtreeIds) {
    }

}
