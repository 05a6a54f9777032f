package org.evidencecatalogue.study;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;

import org.evidencecatalogue.curation.ValueRules;

/**
 * One arm's result for an outcome: n of N, or a mean with its SD. Its place in the outcome's list is its arm's
 * place in the study's list of arms. The {@link Proportion} and {@link MeanSd} rules apply (n ≤ N, SD ≥ 0).
 */
@ValueRules
public class ResultRow implements ValueRules.Checked {

    private Integer events;

    private Integer total;

    @Digits(integer = 10, fraction = 4)
    private BigDecimal mean;

    @Digits(integer = 10, fraction = 4)
    private BigDecimal sd;

    static ResultRow from(ArmResult result) {
        ResultRow row = new ResultRow();
        if (result != null && result.getProportion() != null) {
            row.events = result.getProportion().events();
            row.total = result.getProportion().total();
        }
        if (result != null && result.getMeanSd() != null) {
            row.mean = strip(result.getMeanSd().mean());
            row.sd = strip(result.getMeanSd().sd());
        }
        return row;
    }

    boolean isReported() {
        return this.events != null || this.total != null || this.mean != null || this.sd != null;
    }

    Proportion proportion() {
        return (this.events != null || this.total != null) ? new Proportion(this.events, this.total) : null;
    }

    MeanSd meanSd() {
        return (this.mean != null || this.sd != null) ? new MeanSd(this.mean, this.sd) : null;
    }

    @Override
    public void checkValues(ValueRules.Check check) {
        check.that("events", this::proportion);
        check.that("sd", this::meanSd);
    }

    private static BigDecimal strip(BigDecimal value) {
        return (value != null) ? value.stripTrailingZeros() : null;
    }

    public Integer getEvents() {
        return this.events;
    }

    public void setEvents(Integer events) {
        this.events = events;
    }

    public Integer getTotal() {
        return this.total;
    }

    public void setTotal(Integer total) {
        this.total = total;
    }

    public BigDecimal getMean() {
        return this.mean;
    }

    public void setMean(BigDecimal mean) {
        this.mean = mean;
    }

    public BigDecimal getSd() {
        return this.sd;
    }

    public void setSd(BigDecimal sd) {
        this.sd = sd;
    }

}
