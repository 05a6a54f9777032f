package org.evidencecatalogue.study;

import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.evidencecatalogue.shared.Choice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads studies for the public pages with each page's whole fetch plan loaded inside one read-only
 * transaction (open-in-view is off), so templates never trigger lazy loading.
 */
@Service
@Transactional(readOnly = true)
public class StudyCatalogue {

    private final StudyRepository studies;

    StudyCatalogue(StudyRepository studies) {
        this.studies = studies;
    }

    /**
     * A study that was not deleted, with everything its page shows: citation, registrations, arms, outcomes with
     * results, sources. Drafts are included: the page decides who may see them.
     */
    public Optional<Study> findForPage(String slug) {
        return this.studies.findBySlug(slug).filter((study) -> !study.isDeleted()).map(StudyCatalogue::loadWholeRecord);
    }

    /** Every listed study as a filter option, named "First Author year". */
    public List<Choice> choices() {
        return this.studies.findChoices();
    }

    public List<Study> listed() {
        return withOutcomes(this.studies.findAllListed());
    }

    public List<Study> listedForDrug(String drugSlug) {
        return withOutcomes(this.studies.findListedByDrug(drugSlug));
    }

    public List<Study> listedForConditions(List<Long> conditionIds) {
        return conditionIds.isEmpty() ? List.of() : withOutcomes(this.studies.findListedByConditions(conditionIds));
    }

    private static List<Study> withOutcomes(List<Study> studies) {
        // Batch fetching (hibernate.default_batch_fetch_size) loads these for all studies in a few queries.
        studies.forEach((study) -> {
            Hibernate.initialize(study.getOutcomes());
            Hibernate.initialize(study.getArms());
        });
        return studies;
    }

    private static Study loadWholeRecord(Study study) {
        Hibernate.initialize(study.getAuthors());
        Hibernate.initialize(study.getRegistrations());
        Hibernate.initialize(study.getSources());
        for (Arm arm : study.getArms()) {
            for (Intervention intervention : arm.getInterventions()) {
                Hibernate.initialize(intervention.getDrug());
            }
        }
        for (Outcome outcome : study.getOutcomes()) {
            Hibernate.initialize(outcome.getSource());
            outcome.getResults().forEach((result) -> Hibernate.initialize(result.getArm()));
        }
        return study;
    }

}
