package app.limber.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A stretch placed in a routine, with its dose. The stretch is referred to by id (library feature). */
@Entity
@Table(name = "routine_step")
class RoutineStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routine_id")
    private Routine routine;

    @Column(nullable = false)
    private int position;

    @Column(name = "stretch_id", nullable = false)
    private long stretchId;

    @Column(name = "hold_seconds", nullable = false)
    private int holdSeconds;

    @Column(nullable = false)
    private int reps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Sides sides;

    @Column(name = "second_side_hold_seconds")
    private Integer secondSideHoldSeconds;

    @Column(name = "rest_seconds", nullable = false)
    private int restSeconds;

    @Column(nullable = false, length = 500)
    private String note;

    @Column(name = "until_released", nullable = false)
    private boolean untilReleased;

    @Column(name = "release_max_seconds", nullable = false)
    private int releaseMaxSeconds = StepDose.DEFAULT_RELEASE_MAX_SECONDS;

    protected RoutineStep() {
    }

    RoutineStep(Routine routine, long stretchId, StepDose dose) {
        this.routine = routine;
        this.stretchId = stretchId;
        setDose(dose);
    }

    void setDose(StepDose dose) {
        holdSeconds = dose.holdSeconds();
        reps = dose.reps();
        sides = dose.sides();
        secondSideHoldSeconds = dose.sides() == Sides.EACH_SIDE ? dose.secondSideHoldSeconds() : null;
        restSeconds = dose.restSeconds();
        note = dose.note().strip();
        untilReleased = dose.untilReleased();
        releaseMaxSeconds = dose.releaseMaxSeconds();
    }

    StepDose dose() {
        return new StepDose(holdSeconds, reps, sides, secondSideHoldSeconds, restSeconds, note, untilReleased, releaseMaxSeconds);
    }

    Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    long getStretchId() {
        return stretchId;
    }

    void setStretchId(long stretchId) {
        this.stretchId = stretchId;
    }
}
