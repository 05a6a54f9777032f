package org.evidencecatalogue.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.ValueRules;

/**
 * Something a study measured (adverse events are outcomes of kind SAFETY), with each arm's result and the
 * effect between arms. The effect is an {@link EffectEstimate}, so lower ≤ estimate ≤ upper is its rule.
 */
@ValueRules
public class OutcomeForm implements ValueRules.Checked {

    @NotBlank
    @Size(max = 300)
    private String name;

    @NotNull
    private OutcomeKind kind;

    @Size(max = 200)
    private String instrument;

    @Size(max = 200)
    private String timepoint;

    private EffectMeasure effectMeasure;

    @Digits(integer = 10, fraction = 4)
    private BigDecimal effectValue;

    @Digits(integer = 10, fraction = 4)
    private BigDecimal ciLower;

    @Digits(integer = 10, fraction = 4)
    private BigDecimal ciUpper;

    @Size(max = 40)
    private String pvalue;

    @NotNull
    private Direction direction;

    @Size(max = 4000)
    private String resultText;

    @NotNull
    private String source;

    private List<@Valid ResultRow> results = new ArrayList<>();

    static OutcomeForm from(Outcome outcome, List<Arm> arms) {
        OutcomeForm form = new OutcomeForm();
        form.name = outcome.getName();
        form.kind = outcome.getKind();
        form.instrument = outcome.getInstrument();
        form.timepoint = outcome.getTimepoint();
        EffectEstimate effect = outcome.getEffect();
        if (effect != null) {
            form.effectMeasure = effect.measure();
            form.effectValue = strip(effect.value());
            form.ciLower = strip(effect.lower());
            form.ciUpper = strip(effect.upper());
            form.pvalue = effect.pValue();
        }
        form.direction = outcome.getDirection();
        form.resultText = outcome.getResultText();
        form.source = (outcome.getSource() != null) ? outcome.getSource().getSlug() : null;
        arms.forEach((arm) -> form.results.add(ResultRow.from(outcome.resultFor(arm))));
        return form;
    }

    /** A new row of the given kind, with an empty result for each arm. */
    static OutcomeForm of(OutcomeKind kind, int arms) {
        OutcomeForm form = new OutcomeForm();
        form.kind = kind;
        form.alignResults(arms);
        return form;
    }

    EffectEstimate effect() {
        return new EffectEstimate(this.effectMeasure, this.effectValue, this.ciLower, this.ciUpper, this.pvalue);
    }

    /** Exactly one result row per arm. */
    void alignResults(int arms) {
        while (this.results.size() > arms) {
            this.results.removeLast();
        }
        while (this.results.size() < arms) {
            this.results.add(new ResultRow());
        }
    }

    @Override
    public void checkValues(ValueRules.Check check) {
        check.that("effectValue", this::effect);
    }

    private static BigDecimal strip(BigDecimal value) {
        return (value != null) ? value.stripTrailingZeros() : null;
    }

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OutcomeKind getKind() {
        return this.kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public String getInstrument() {
        return this.instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getTimepoint() {
        return this.timepoint;
    }

    public void setTimepoint(String timepoint) {
        this.timepoint = timepoint;
    }

    public EffectMeasure getEffectMeasure() {
        return this.effectMeasure;
    }

    public void setEffectMeasure(EffectMeasure effectMeasure) {
        this.effectMeasure = effectMeasure;
    }

    public BigDecimal getEffectValue() {
        return this.effectValue;
    }

    public void setEffectValue(BigDecimal effectValue) {
        this.effectValue = effectValue;
    }

    public BigDecimal getCiLower() {
        return this.ciLower;
    }

    public void setCiLower(BigDecimal ciLower) {
        this.ciLower = ciLower;
    }

    public BigDecimal getCiUpper() {
        return this.ciUpper;
    }

    public void setCiUpper(BigDecimal ciUpper) {
        this.ciUpper = ciUpper;
    }

    public String getPvalue() {
        return this.pvalue;
    }

    public void setPvalue(String pvalue) {
        this.pvalue = pvalue;
    }

    public Direction getDirection() {
        return this.direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getResultText() {
        return this.resultText;
    }

    public void setResultText(String resultText) {
        this.resultText = resultText;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public List<ResultRow> getResults() {
        return this.results;
    }

    public void setResults(List<ResultRow> results) {
        this.results = results;
    }

}
