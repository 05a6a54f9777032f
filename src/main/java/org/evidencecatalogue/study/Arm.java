package org.evidencecatalogue.study;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.envers.Audited;

/** A group of participants in a study, with what they received. */
@Audited
@Entity
@Table(name = "study_arm")
public class Arm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    private int position;

    private String label;

    @Enumerated(EnumType.STRING)
    private ArmRole role;

    private Integer size;

    private String description;

    @ElementCollection
    @CollectionTable(name = "arm_intervention", joinColumns = @JoinColumn(name = "arm_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Intervention> interventions = new ArrayList<>();

    protected Arm() {
    }

    Arm(Study study, int position) {
        this.study = study;
        this.position = position;
    }

    public Long getId() {
        return this.id;
    }

    public int getPosition() {
        return this.position;
    }

    public String getLabel() {
        return this.label;
    }

    public ArmRole getRole() {
        return this.role;
    }

    public Integer getSize() {
        return this.size;
    }

    public String getDescription() {
        return this.description;
    }

    public List<Intervention> getInterventions() {
        return this.interventions;
    }

    public boolean isComparator() {
        return this.role != ArmRole.EXPERIMENTAL;
    }

    void update(String label, ArmRole role, Integer size, String description) {
        this.label = label;
        this.role = role;
        this.size = size;
        this.description = description;
    }

    void replaceInterventions(List<Intervention> interventions) {
        if (!this.interventions.equals(interventions)) {
            this.interventions = new ArrayList<>(interventions);
        }
    }

}
