package app.limber.sharing;

import app.limber.coaching.Feeling;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Someone finished a routine through a share link: when, which version, how it felt. Nothing about who. */
@Entity
@Table(name = "share_completion")
class ShareCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "share_link_id", nullable = false)
    private long shareLinkId;

    @Column(nullable = false)
    private int version;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    /** null when they skipped the question. */
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Feeling feeling;

    protected ShareCompletion() {
    }

    ShareCompletion(long shareLinkId, int version, Instant finishedAt, Feeling feeling) {
        this.shareLinkId = shareLinkId;
        this.version = version;
        this.finishedAt = finishedAt;
        this.feeling = feeling;
    }
}
