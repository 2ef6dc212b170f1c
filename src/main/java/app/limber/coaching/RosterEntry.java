package app.limber.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** An athlete on a coach's roster; removal keeps the row (their history stays with the coach). */
@Entity
@Table(name = "roster_entry")
class RosterEntry {

    @EmbeddedId
    private Key key;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected RosterEntry() {
    }

    RosterEntry(long coachId, long athleteId, Instant joinedAt) {
        this.key = new Key(coachId, athleteId);
        this.joinedAt = joinedAt;
    }

    void rejoin(Instant now) {
        if (removedAt != null) {
            removedAt = null;
            joinedAt = now;
        }
    }

    void remove(Instant now) {
        removedAt = now;
    }

    boolean isActive() {
        return removedAt == null;
    }

    long athleteId() {
        return key.athleteId;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    @jakarta.persistence.Embeddable
    record Key(@Column(name = "coach_id") long coachId, @Column(name = "athlete_id") long athleteId) implements Serializable {
    }
}
