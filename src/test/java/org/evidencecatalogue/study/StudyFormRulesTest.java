package org.evidencecatalogue.study;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms' cross-field rules are the value objects' own: a form builds the value and reports the rule it
 * broke on the field it names. No rule is written twice.
 */
class StudyFormRulesTest {

    static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void eventsNeverExceedTheParticipants() {
        ResultRow row = new ResultRow();
        row.setEvents(26);
        row.setTotal(25);
        assertThat(violations(row)).containsExactly("events {value.proportion.eventsExceedTotal}");
        row.setEvents(25);
        assertThat(violations(row)).isEmpty();
    }

    @Test
    void anEstimateLiesWithinItsInterval() {
        OutcomeForm outcome = OutcomeForm.of(OutcomeKind.PRIMARY, 0);
        outcome.setName("Fatigue");
        outcome.setDirection(Direction.NO_DIFFERENCE);
        outcome.setSource("atlas-summary-roerink-2017");
        outcome.setEffectMeasure(EffectMeasure.RR);
        outcome.setEffectValue(new BigDecimal("0.5"));
        outcome.setCiLower(new BigDecimal("0.6"));
        outcome.setCiUpper(new BigDecimal("1.1"));
        assertThat(violations(outcome)).containsExactly("effectValue {value.effect.outsideInterval}");
        outcome.setCiLower(new BigDecimal("-0.2"));
        assertThat(violations(outcome)).containsExactly("effectValue {value.effect.ratioIntervalPositive}");
        outcome.setCiLower(new BigDecimal("0.2"));
        assertThat(violations(outcome)).isEmpty();
        outcome.setCiUpper(null);
        assertThat(violations(outcome)).containsExactly("effectValue {value.effect.bothBounds}");
    }

    @Test
    void registrationsKeepTheirRegistrysFormat() {
        RegistrationRow row = new RegistrationRow();
        row.setRegistry(Registry.CLINICALTRIALS_GOV);
        row.setIdentifier("NCT0210821");
        assertThat(violations(row)).containsExactly("identifier {value.registration.nct}");
        row.setIdentifier("NCT02108210");
        assertThat(violations(row)).isEmpty();
    }

    @Test
    void aDoseHasAnAmountAndAUnitAndIsPositive() {
        InterventionRow row = new InterventionRow();
        row.setName("Anakinra");
        row.setDoseAmount(new BigDecimal("100"));
        assertThat(violations(row)).containsExactly("doseAmount {value.dose.amountAndUnit}");
        row.setDoseUnit("mg");
        row.setDoseAmount(BigDecimal.ZERO);
        assertThat(violations(row)).containsExactly("doseAmount {value.dose.positive}");
    }

    @Test
    void retractionsGiveTheirReason() {
        StudyForm form = new StudyForm();
        form.setStatus(StudyStatus.RETRACTED);
        assertThat(violations(form)).contains("retractionReason {study.retraction.reason}");
    }

    private static Set<String> violations(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        return Set.copyOf(violations.stream()
            .map((violation) -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
            .toList());
    }

}
