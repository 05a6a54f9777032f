package org.evidencecatalogue.study;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One arm's result for an outcome: n/N events, or a mean with its SD. */
@Embeddable
public class ArmResult {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "arm_id")
    private Arm arm;

    @Embedded
    private Proportion proportion;

    @Embedded
    private MeanSd meanSd;

    protected ArmResult() {
    }

    public ArmResult(Arm arm, Proportion proportion, MeanSd meanSd) {
        this.arm = arm;
        this.proportion = proportion;
        this.meanSd = meanSd;
    }

    public Arm getArm() {
        return this.arm;
    }

    public Proportion getProportion() {
        return this.proportion;
    }

    public MeanSd getMeanSd() {
        return this.meanSd;
    }

    /** Whether this result records anything; an arm without a result has no row. */
    public boolean isReported() {
        return (this.proportion != null && (this.proportion.events() != null || this.proportion.total() != null))
                || (this.meanSd != null && this.meanSd.mean() != null);
    }

    /** Equal for the same arm and the same numbers; numbers compare by value, not by stored scale. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ArmResult that)) {
            return false;
        }
        return Records.same(this.arm, that.arm) && Objects.equals(this.proportion, that.proportion)
                && Records.sameNumber(mean(this.meanSd), mean(that.meanSd))
                && Records.sameNumber(sd(this.meanSd), sd(that.meanSd));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.proportion);
    }

    private static BigDecimal mean(MeanSd meanSd) {
        return (meanSd != null) ? meanSd.mean() : null;
    }

    private static BigDecimal sd(MeanSd meanSd) {
        return (meanSd != null) ? meanSd.sd() : null;
    }

}
