package org.evidencecatalogue.drug;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.ValueRules;
import org.evidencecatalogue.shared.PartialDate;

/** A regulatory or commissioning decision, as a row of the drug's form; the date is as precise as its source. */
@ValueRules
public class ApprovalRow implements ValueRules.Checked {

    @NotNull
    private ApprovalKind kind;

    @NotBlank
    @Size(max = 200)
    private String agency;

    @NotBlank
    @Size(max = 100)
    private String region;

    @NotNull
    @Min(1900)
    @Max(2200)
    private Integer year;

    private Integer month;

    @Size(max = 4000)
    private String indication;

    private String condition;

    @NotNull
    private String source;

    static ApprovalRow from(Approval approval) {
        ApprovalRow row = new ApprovalRow();
        row.kind = approval.getKind();
        row.agency = approval.getAgency();
        row.region = approval.getRegion();
        row.year = approval.getDecided().year();
        row.month = approval.getDecided().month();
        row.indication = approval.getIndication();
        row.condition = (approval.getCondition() != null) ? approval.getCondition().getSlug() : null;
        row.source = approval.getSource().getSlug();
        return row;
    }

    PartialDate decided() {
        return new PartialDate(this.year, this.month);
    }

    @Override
    public void checkValues(ValueRules.Check check) {
        check.that("month", this::decided);
    }

    public void setKind(ApprovalKind kind) {
        this.kind = kind;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getYear() {
        return this.year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return this.month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public void setIndication(String indication) {
        this.indication = indication;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public ApprovalKind getKind() {
        return this.kind;
    }

    public String getAgency() {
        return this.agency;
    }

    public String getRegion() {
        return this.region;
    }

    public String getIndication() {
        return this.indication;
    }

    public String getCondition() {
        return this.condition;
    }

    public String getSource() {
        return this.source;
    }

}
