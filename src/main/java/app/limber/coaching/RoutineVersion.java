package app.limber.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A stored version: never changed once written. The content is a
 * {@link app.limber.coaching.snapshot.VersionSnapshot} as JSON, read and written only by
 * {@link VersionContent} (which knows every schema it was ever written in).
 */
@Entity
@Immutable
@Table(name = "routine_version")
class RoutineVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "routine_id", nullable = false)
    private long routineId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 500)
    private String note;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String content;

    protected RoutineVersion() {
    }

    RoutineVersion(long routineId, int number, String note, Instant publishedAt, String content) {
        this.routineId = routineId;
        this.number = number;
        this.note = note;
        this.publishedAt = publishedAt;
        this.content = content;
    }

    Long getId() {
        return id;
    }

    long getRoutineId() {
        return routineId;
    }

    VersionKey key() {
        return new VersionKey(routineId, number);
    }

    int getNumber() {
        return number;
    }

    String getNote() {
        return note;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getContent() {
        return content;
    }
}
