package app.limber.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An invite link: a random token that lets one athlete join one coach, until it expires or is revoked. */
@Entity
@Table(name = "invite")
class Invite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(nullable = false, length = 32)
    private String token;

    @Column(nullable = false, length = 80)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "used_by")
    private Long usedBy;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Invite() {
    }

    Invite(long coachId, String token, String label, Instant createdAt, Instant expiresAt) {
        this.coachId = coachId;
        this.token = token;
        this.label = label;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    InviteState state(Instant now) {
        if (usedAt != null) {
            return InviteState.USED;
        }
        if (revokedAt != null) {
            return InviteState.REVOKED;
        }
        return now.isBefore(expiresAt) ? InviteState.OPEN : InviteState.EXPIRED;
    }

    void revoke(Instant now) {
        if (revokedAt == null && usedAt == null) {
            revokedAt = now;
        }
    }

    void use(long athleteId, Instant now) {
        usedBy = athleteId;
        usedAt = now;
    }

    InviteSummary summary(Instant now) {
        return new InviteSummary(id, token, label, createdAt, expiresAt, state(now));
    }

    Long getId() {
        return id;
    }

    long getCoachId() {
        return coachId;
    }
}
