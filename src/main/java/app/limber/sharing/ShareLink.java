package app.limber.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A share link: a random token that opens one of a coach's published routines, read-only and
 * without an account, until the coach revokes it or its {@linkplain LastDay last day} has ended
 * in the coach's time zone.
 */
@Entity
@Table(name = "share_link")
class ShareLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String token;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(name = "routine_id", nullable = false)
    private long routineId;

    @Column(nullable = false, length = 80)
    private String label;

    /** null: always the latest published version. */
    @Column(name = "pinned_version")
    private Integer pinnedVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The last day the link works, on the coach's calendar; null for no expiry. */
    @Column(name = "expires_on")
    private LocalDate expiresOn;

    /** When that day ends in the coach's time zone: from then on the link no longer works. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(nullable = false)
    private int opens;

    protected ShareLink() {
    }

    ShareLink(String token, long coachId, long routineId, String label, Integer pinnedVersion,
              Instant createdAt, LastDay lastDay) {
        this.token = token;
        this.coachId = coachId;
        this.routineId = routineId;
        this.label = label;
        this.pinnedVersion = pinnedVersion;
        this.createdAt = createdAt;
        this.expiresOn = lastDay == null ? null : lastDay.day();
        this.expiresAt = lastDay == null ? null : lastDay.end();
    }

    ShareLinkState state(Instant now) {
        return terms().state(now);
    }

    /** What decides the link's state, apart from the clock. */
    Terms terms() {
        return new Terms(revokedAt != null, expiresAt);
    }

    /**
     * Whether the link was revoked and when it expires (null: never): a page that keeps these
     * checks the expiry against the clock without asking the database.
     */
    record Terms(boolean revoked, Instant expiresAt) {

        ShareLinkState state(Instant now) {
            if (revoked) {
                return ShareLinkState.REVOKED;
            }
            if (expiresAt != null && !now.isBefore(expiresAt)) {
                return ShareLinkState.EXPIRED;
            }
            return ShareLinkState.ACTIVE;
        }
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    String getToken() {
        return token;
    }

    long getCoachId() {
        return coachId;
    }

    long getRoutineId() {
        return routineId;
    }

    String getLabel() {
        return label;
    }

    Integer getPinnedVersion() {
        return pinnedVersion;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    LocalDate getExpiresOn() {
        return expiresOn;
    }

    int getOpens() {
        return opens;
    }
}
