package org.evidencecatalogue.study;

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

    public Arm getArm() {
        return this.arm;
    }

    public Proportion getProportion() {
        return this.proportion;
    }

    public MeanSd getMeanSd() {
        return this.meanSd;
    }

}
