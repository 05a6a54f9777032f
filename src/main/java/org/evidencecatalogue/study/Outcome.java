package org.evidencecatalogue.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.source.Source;

/** Something a study measured, with each arm's result and the effect between arms. Adverse events are SAFETY outcomes. */
@Audited
@Entity
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    private int position;

    private String name;

    @Enumerated(EnumType.STRING)
    private OutcomeKind kind;

    private String instrument;

    private String timepoint;

    @Embedded
    private EffectEstimate effect;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    private String resultText;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    @ElementCollection
    @CollectionTable(name = "outcome_arm_result", joinColumns = @JoinColumn(name = "outcome_id"))
    private Set<ArmResult> results = new LinkedHashSet<>();

    protected Outcome() {
    }

    Outcome(Study study, int position) {
        this.study = study;
        this.position = position;
    }

    public Long getId() {
        return this.id;
    }

    public int getPosition() {
        return this.position;
    }

    public String getName() {
        return this.name;
    }

    public OutcomeKind getKind() {
        return this.kind;
    }

    public String getInstrument() {
        return this.instrument;
    }

    public String getTimepoint() {
        return this.timepoint;
    }

    public EffectEstimate getEffect() {
        return this.effect;
    }

    public boolean hasEffect() {
        return this.effect != null && this.effect.hasEstimate();
    }

    public Direction getDirection() {
        return this.direction;
    }

    public String getResultText() {
        return this.resultText;
    }

    public Source getSource() {
        return this.source;
    }

    /** The arm results in the order of the study's arms. */
    public List<ArmResult> getResults() {
        List<ArmResult> ordered = new ArrayList<>(this.results);
        ordered.sort(Comparator.comparingInt((ArmResult result) -> result.getArm().getPosition()));
        return ordered;
    }

    /** The result of one arm, or null where the source reports none for it. */
    public ArmResult resultFor(Arm arm) {
        return this.results.stream().filter((result) -> result.getArm().getId().equals(arm.getId())).findFirst().orElse(null);
    }

    public boolean hasProportions() {
        return this.results.stream().anyMatch((result) -> result.getProportion() != null && result.getProportion().isComplete());
    }

    void update(String name, OutcomeKind kind, String instrument, String timepoint, EffectEstimate effect,
            Direction direction, String resultText, Source source) {
        this.name = name;
        this.kind = kind;
        this.instrument = instrument;
        this.timepoint = timepoint;
        this.effect = effect;
        this.direction = direction;
        this.resultText = resultText;
        this.source = source;
    }

    void replaceResults(Set<ArmResult> results) {
        if (!this.results.equals(results)) {
            this.results = new LinkedHashSet<>(results);
        }
    }

}
