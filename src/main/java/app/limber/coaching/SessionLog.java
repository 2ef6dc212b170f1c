package app.limber.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** One finished (or stopped) session. Only the athlete's feedback is added afterwards. */
@Entity
@Table(name = "session_log")
class SessionLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "athlete_id", nullable = false)
    private long athleteId;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(name = "routine_id", nullable = false)
    private long routineId;

    @Column(nullable = false)
    private int version;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(nullable = false)
    private boolean complete;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Feeling feeling;

    @Column(nullable = false)
    private boolean pain;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pain_where", nullable = false, columnDefinition = "text[]")
    private List<String> painWhere;

    @Column(nullable = false, length = 500)
    private String note;

    @Column(name = "steps_done", nullable = false)
    private int stepsDone;

    @Column(name = "steps_total", nullable = false)
    private int stepsTotal;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    /** 0–10 (0 = none); null when not recorded (feedback not given, or a log from before the scale). */
    @Column(name = "pain_level")
    private Integer painLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "pain_side", length = 5)
    private PainSide painSide;

    /** The steps' outcomes as JSON ({@link StepResults}); null for logs from before they were recorded. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String steps;

    @Column(length = 500)
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "reply_read_at")
    private Instant replyReadAt;

    protected SessionLog() {
    }

    SessionLog(long athleteId, long coachId, long routineId, int version, Instant finishedAt, SessionReport report) {
        this.athleteId = athleteId;
        this.coachId = coachId;
        this.routineId = routineId;
        this.version = version;
        this.finishedAt = finishedAt;
        this.complete = report.complete();
        this.feeling = report.feeling();
        this.pain = report.pain() || !report.painWhere().isEmpty();
        this.painWhere = report.painWhere().stream().map(Enum::name).sorted().toList();
        this.note = report.note().strip();
        this.stepsDone = report.stepsDone();
        this.stepsTotal = report.stepsTotal();
        setSteps(report.steps());
    }

    /** How it felt, and the pain: its level and side, and {@code pain} (level above 0) for older readers. */
    void giveFeedback(SessionFeedback feedback, Instant at) {
        this.feeling = feedback.feeling();
        this.pain = feedback.pain();
        this.painWhere = feedback.pain() ? feedback.painWhere().stream().map(Enum::name).sorted().toList() : List.of();
        setPain(feedback.painLevel(), feedback.pain() ? feedback.painSide() : null);
        this.note = feedback.note().strip();
        this.feedbackAt = at;
    }

    /** The coach's reply (replacing an earlier one); the athlete has not read it yet. */
    void reply(String text, Instant at) {
        this.reply = text;
        this.repliedAt = at;
        this.replyReadAt = null;
    }

    Integer getPainLevel() {
        return painLevel;
    }

    PainSide getPainSide() {
        return painSide;
    }

    /** The steps' outcomes; empty for logs from before they were recorded. */
    java.util.List<StepResult> getSteps() {
        return StepResults.read(steps);
    }

    void setSteps(java.util.List<StepResult> results) {
        this.steps = results == null ? null : StepResults.write(results);
    }

    void setPain(Integer level, PainSide side) {
        this.painLevel = level;
        this.painSide = side;
    }

    String getReply() {
        return reply;
    }

    Instant getRepliedAt() {
        return repliedAt;
    }

    Instant getReplyReadAt() {
        return replyReadAt;
    }

    long getCoachId() {
        return coachId;
    }

    Instant getFeedbackAt() {
        return feedbackAt;
    }

    Long getId() {
        return id;
    }

    int getVersion() {
        return version;
    }

    List<String> getPainWhere() {
        return painWhere;
    }

    String getNote() {
        return note;
    }

    int getStepsDone() {
        return stepsDone;
    }

    int getStepsTotal() {
        return stepsTotal;
    }

    long getRoutineId() {
        return routineId;
    }

    long getAthleteId() {
        return athleteId;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    boolean isComplete() {
        return complete;
    }

    Feeling getFeeling() {
        return feeling;
    }

    boolean isPain() {
        return pain;
    }
}
