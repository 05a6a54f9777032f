package org.evidencecatalogue.study;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.ValueRules;
import org.evidencecatalogue.shared.InvalidValueException;
import org.evidencecatalogue.shared.PartialDate;

/** How a study was designed and run, and when; dates are as precise as the sources give them. */
@ValueRules
public class DesignPart implements ValueRules.Checked {

    @NotNull
    private Design design;

    private boolean historicalControls;

    @NotNull
    private Blinding blinding;

    @Size(max = 30)
    private String phase;

    @Size(max = 300)
    private String sponsor;

    @Size(max = 4000)
    private String setting;

    @Min(1900)
    @Max(2200)
    private Integer startYear;

    private Integer startMonth;

    @Min(1900)
    @Max(2200)
    private Integer endYear;

    private Integer endMonth;

    @Size(max = 4000)
    private String followUp;

    static DesignPart from(Study study) {
        DesignPart part = new DesignPart();
        part.design = study.getDesign();
        part.historicalControls = study.isHistoricalControls();
        part.blinding = study.getBlinding();
        part.phase = study.getPhase();
        part.sponsor = study.getSponsor();
        part.setting = study.getSetting();
        if (study.getStarted() != null) {
            part.startYear = study.getStarted().year();
            part.startMonth = study.getStarted().month();
        }
        if (study.getEnded() != null) {
            part.endYear = study.getEnded().year();
            part.endMonth = study.getEnded().month();
        }
        part.followUp = study.getFollowUp();
        return part;
    }

    PartialDate started() {
        return new PartialDate(this.startYear, this.startMonth);
    }

    PartialDate ended() {
        return new PartialDate(this.endYear, this.endMonth);
    }

    @Override
    public void checkValues(ValueRules.Check check) {
        check.that("startMonth", this::started);
        check.that("endMonth", this::ended);
        check.that("endYear", () -> {
            if (this.startYear != null && this.endYear != null && isOrdered() && ended().compareTo(started()) < 0) {
                throw new InvalidValueException("study.dates.order", "A study cannot end before it starts");
            }
        });
    }

    private boolean isOrdered() {
        return (this.startMonth == null || (this.startMonth >= 1 && this.startMonth <= 12))
                && (this.endMonth == null || (this.endMonth >= 1 && this.endMonth <= 12));
    }

    public Design getDesign() {
        return this.design;
    }

    public void setDesign(Design design) {
        this.design = design;
    }

    public boolean isHistoricalControls() {
        return this.historicalControls;
    }

    public void setHistoricalControls(boolean historicalControls) {
        this.historicalControls = historicalControls;
    }

    public Blinding getBlinding() {
        return this.blinding;
    }

    public void setBlinding(Blinding blinding) {
        this.blinding = blinding;
    }

    public String getPhase() {
        return this.phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getSponsor() {
        return this.sponsor;
    }

    public void setSponsor(String sponsor) {
        this.sponsor = sponsor;
    }

    public String getSetting() {
        return this.setting;
    }

    public void setSetting(String setting) {
        this.setting = setting;
    }

    public Integer getStartYear() {
        return this.startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getStartMonth() {
        return this.startMonth;
    }

    public void setStartMonth(Integer startMonth) {
        this.startMonth = startMonth;
    }

    public Integer getEndYear() {
        return this.endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public Integer getEndMonth() {
        return this.endMonth;
    }

    public void setEndMonth(Integer endMonth) {
        this.endMonth = endMonth;
    }

    public String getFollowUp() {
        return this.followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

}
