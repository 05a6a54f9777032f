package org.evidencecatalogue.study;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A group of participants with what they received, as a row of the study's form. */
public class ArmForm {

    @NotBlank
    @Size(max = 200)
    private String label;

    @NotNull
    private ArmRole role;

    @Min(1)
    private Integer size;

    @Size(max = 4000)
    private String description;

    private List<@Valid InterventionRow> interventions = new ArrayList<>();

    static ArmForm from(Arm arm) {
        ArmForm form = new ArmForm();
        form.label = arm.getLabel();
        form.role = arm.getRole();
        form.size = arm.getSize();
        form.description = arm.getDescription();
        arm.getInterventions().forEach((intervention) -> form.interventions.add(InterventionRow.from(intervention)));
        return form;
    }

    public String getLabel() {
        return this.label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public ArmRole getRole() {
        return this.role;
    }

    public void setRole(ArmRole role) {
        this.role = role;
    }

    public Integer getSize() {
        return this.size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<InterventionRow> getInterventions() {
        return this.interventions;
    }

    public void setInterventions(List<InterventionRow> interventions) {
        this.interventions = interventions;
    }

}
