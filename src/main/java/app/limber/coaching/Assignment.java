package app.limber.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A routine given to an athlete by their coach. */
@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(name = "athlete_id", nullable = false)
    private long athleteId;

    @Column(name = "routine_id", nullable = false)
    private long routineId;

    @Column(name = "schedule_hint", nullable = false, length = 80)
    private String scheduleHint;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "seen_version", nullable = false)
    private int seenVersion;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_kind", nullable = false, length = 12)
    private Plan.Kind planKind = Plan.Kind.NONE;

    /** The chosen days, a bit per day: Monday 1, Tuesday 2 … Sunday 64. */
    @Column(name = "plan_days", nullable = false)
    private short planDays;

    @Column(name = "plan_times")
    private Short planTimes;

    @Column(name = "plan_starts", nullable = false)
    private LocalDate planStarts;

    @Column(name = "plan_ends")
    private LocalDate planEnds;

    protected Assignment() {
    }

    Assignment(long coachId, long athleteId, long routineId, String scheduleHint, Plan plan, Instant now) {
        this.coachId = coachId;
        this.athleteId = athleteId;
        this.routineId = routineId;
        this.scheduleHint = scheduleHint;
        this.assignedAt = now;
        plan(plan);
    }

    /** A checked plan (see {@link InvalidPlanException#checked}). */
    void plan(Plan plan) {
        planKind = plan.kind();
        planDays = (short) plan.days().stream().mapToInt(day -> 1 << (day.getValue() - 1)).sum();
        planTimes = plan.kind() == Plan.Kind.TIMES ? (short) plan.timesPerWeek() : null;
        planStarts = plan.starts();
        planEnds = plan.ends();
    }

    Plan getPlan() {
        return new Plan(planKind, days(planDays), planTimes == null ? 0 : planTimes, planStarts, planEnds);
    }

    /** The days of a {@code plan_days} bit set. */
    static Set<DayOfWeek> days(int bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((bits & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * @param hint the new hint, or null to keep the one the athlete has
     * @param plan the new (checked) plan, or null to keep the one the athlete has
     */
    void reassign(String hint, Plan plan, Instant now) {
        if (hint != null) {
            scheduleHint = hint;
        }
        if (plan != null) {
            plan(plan);
        }
        if (removedAt != null) {
            removedAt = null;
            assignedAt = now;
        }
    }

    void unassign(Instant now) {
        removedAt = now;
    }

    void seen(int version) {
        seenVersion = Math.max(seenVersion, version);
    }

    boolean isActive() {
        return removedAt == null;
    }

    long getCoachId() {
        return coachId;
    }

    long getAthleteId() {
        return athleteId;
    }

    Long getId() {
        return id;
    }

    long getRoutineId() {
        return routineId;
    }

    String getScheduleHint() {
        return scheduleHint;
    }

    int getSeenVersion() {
        return seenVersion;
    }
}
