package app.limber.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A multi-use invite link for a group: each athlete who joins through it is on the coach's roster
 * and in the group, up to an optional number of uses and until an optional last day.
 */
@Entity
@Table(name = "group_link")
class GroupLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(nullable = false, length = 32)
    private String token;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(nullable = false)
    private int uses;

    protected GroupLink() {
    }

    GroupLink(long coachId, long groupId, String token, Integer maxUses, LocalDate lastDay, Instant expiresAt, Instant createdAt) {
        this.coachId = coachId;
        this.groupId = groupId;
        this.token = token;
        this.maxUses = maxUses;
        this.lastDay = lastDay;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    GroupLinkSummary.State state(Instant now) {
        if (revokedAt != null) {
            return GroupLinkSummary.State.REVOKED;
        }
        if (maxUses != null && uses >= maxUses) {
            return GroupLinkSummary.State.USED_UP;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return GroupLinkSummary.State.ENDED;
        }
        return GroupLinkSummary.State.OPEN;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used() {
        uses++;
    }

    GroupLinkSummary summary(String groupName, Instant now) {
        return new GroupLinkSummary(id, token, groupId, groupName, maxUses, lastDay, uses, createdAt, state(now));
    }

    Long getId() {
        return id;
    }

    long getCoachId() {
        return coachId;
    }

    long getGroupId() {
        return groupId;
    }

    Integer getMaxUses() {
        return maxUses;
    }

    LocalDate getLastDay() {
        return lastDay;
    }
}
