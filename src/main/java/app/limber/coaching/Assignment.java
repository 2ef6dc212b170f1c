package app.limber.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

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

    protected Assignment() {
    }

    Assignment(long coachId, long athleteId, long routineId, String scheduleHint, Instant now) {
        this.coachId = coachId;
        this.athleteId = athleteId;
        this.routineId = routineId;
        this.scheduleHint = scheduleHint;
        this.assignedAt = now;
    }

    /** @param hint the new hint, or null to keep the one the athlete has */
    void reassign(String hint, Instant now) {
        if (hint != null) {
            scheduleHint = hint;
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

    Instant getAssignedAt() {
        return assignedAt;
    }

    long getAthleteId() {
        return athleteId;
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
