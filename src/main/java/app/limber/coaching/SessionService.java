package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.base.TypedText;
import app.limber.base.Words;
import app.limber.base.Translations;
import app.limber.routine.RoutineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Session logs and what coaches read from them. The player writes a log when an athlete
 * finishes (or stops) a routine; coaches see completions, how it felt, and pain reports.
 */
@Service
@PreAuthorize("denyAll()")
public class SessionService {

    public static final int MAX_NOTE = 500;
    public static final int MAX_REPLY = 500;
    /** How long after a session the athlete can still say how it felt. */
    public static final Duration FEEDBACK_WINDOW = Duration.ofDays(1);
    public static final int HISTORY_SIZE = 100;
    public static final String PAIN_WITHOUT_PLACE = Translations.english("session-error.pain-without-place");
    public static final String PAIN_WITHOUT_SIDE = Translations.english("session-error.pain-without-side");
    public static final String PAIN_LEVEL = Translations.english("session-error.pain-level");
    public static final String COMPLETE_WITH_STEPS_NOT_DONE = Translations.english("session-error.complete-not-done");
    public static final int MAX_PAIN = 10;

    private final SessionLogRepository logs;
    private final AssignmentRepository assignments;
    private final RoutineVersionRepository versions;
    private final VersionContent content;
    private final RosterService roster;
    private final RosterMembership membership;
    private final RoutineService routines;
    private final AccountService accounts;
    private final SessionLogQueries queries;
    private final Clock clock;

    SessionService(SessionLogRepository logs, AssignmentRepository assignments, RoutineVersionRepository versions,
                   VersionContent content, RosterService roster, RosterMembership membership,
                   RoutineService routines, AccountService accounts, SessionLogQueries queries, Clock clock) {
        this.queries = queries;
        this.logs = logs;
        this.assignments = assignments;
        this.versions = versions;
        this.content = content;
        this.roster = roster;
        this.membership = membership;
        this.routines = routines;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Stores a session of one of the athlete's assigned routines (its latest version).
     *
     * @return the log's id, for the feedback that follows
     * @throws InvalidSessionException when the routine is not assigned to them, the note is too long, the step counts
     *                                 make no sense, or it is called complete while some step was not done
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public long logSession(SessionReport report) {
        checkNote(report.note());
        if (report.stepsDone() < 0 || report.stepsDone() > report.stepsTotal() && report.stepsTotal() > 0) {
            throw new InvalidSessionException(Words.of("session-error.steps-done-range"));
        }
        if (report.steps() != null) {
            if (report.stepsTotal() > 0 && report.steps().size() != report.stepsTotal()) {
                throw new InvalidSessionException(Words.of("session-error.outcome-each"));
            }
            boolean everyStepDone = !report.steps().isEmpty()
                    && report.steps().stream().allMatch(step -> step.outcome() == StepResult.Outcome.DONE);
            if (report.complete() != everyStepDone) {
                throw new InvalidSessionException(Words.of("session-error.complete-not-done"));
            }
            if (report.stepsDone() != report.steps().stream().filter(step -> step.outcome() == StepResult.Outcome.DONE).count()) {
                throw new InvalidSessionException(Words.of("session-error.steps-done-match"));
            }
        }
        long me = me();
        Assignment assignment = assignments.findByAthleteIdAndRoutineId(me, report.routineId())
                .filter(Assignment::isActive)
                .filter(candidate -> membership.onRoster(candidate.getCoachId(), me))
                .orElseThrow(() -> new InvalidSessionException(Words.of("session-error.routine-not-yours")));
        // the version played (a coach may publish a new one mid-session), else the latest
        RoutineVersion played = (report.version() > 0
                ? versions.findByRoutineIdAndNumber(report.routineId(), report.version())
                : versions.findFirstByRoutineIdOrderByNumberDesc(report.routineId()))
                .orElseThrow(() -> new InvalidSessionException(Words.of("session-error.routine-not-yours")));
        checkEasier(report.steps(), played);
        return logs.save(new SessionLog(me, assignment.getCoachId(), report.routineId(), played.getNumber(), clock.instant(), report)).getId();
    }

    /**
     * Each easier version taken must be the one the played version offers for that step (its
     * stretch and name): a step without one, or another stretch, refuses the whole log.
     *
     * @throws EasierVersionRefusedException when a step's easier version is not what the version offers
     */
    private void checkEasier(List<StepResult> results, RoutineVersion played) {
        if (results == null || results.stream().allMatch(result -> result.easier() == null)) {
            return;
        }
        List<PublishedStep> steps = content.read(played).steps();
        for (int index = 0; index < results.size(); index++) {
            StepResult.Easier taken = results.get(index).easier();
            if (taken == null) {
                continue;
            }
            EasierVersion offered = index < steps.size() ? steps.get(index).easier() : null;
            if (offered == null) {
                throw EasierVersionRefusedException.none(index);
            }
            if (offered.stretchId() != taken.stretchId() || !offered.name().equals(taken.name())) {
                throw EasierVersionRefusedException.another(index, offered.name());
            }
        }
    }

    /**
     * Adds (or corrects) how a session felt, how much it hurt (0 to {@link #MAX_PAIN}), where and
     * on which side, and a note, within {@link #FEEDBACK_WINDOW} of the session's end.
     *
     * @throws InvalidSessionException when the session is not the athlete's, is too old, the note
     *                                 is too long, the pain is off the scale, or pain is reported
     *                                 without saying where or on which side
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public void giveFeedback(long sessionId, SessionFeedback feedback) {
        checkNote(feedback.note());
        if (feedback.painLevel() < 0 || feedback.painLevel() > MAX_PAIN) {
            throw new InvalidSessionException(Words.of("session-error.pain-level"));
        }
        if (feedback.pain() && feedback.painWhere().isEmpty()) {
            throw new InvalidSessionException(Words.of("session-error.pain-without-place"));
        }
        if (feedback.pain() && feedback.painSide() == null) {
            throw new InvalidSessionException(Words.of("session-error.pain-without-side"));
        }
        SessionLog log = logs.findById(sessionId).filter(found -> found.getAthleteId() == me())
                .orElseThrow(() -> new InvalidSessionException(Words.of("session-error.session-not-yours")));
        if (log.getFinishedAt().plus(FEEDBACK_WINDOW).isBefore(clock.instant())) {
            throw new InvalidSessionException(Words.of("session-error.too-late"));
        }
        log.giveFeedback(feedback, clock.instant());
    }

    /**
     * The signed-in athlete's own sessions, newest first (at most {@link #HISTORY_SIZE}), each
     * with the title of the version it was of: two queries (the sessions, then their versions).
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public List<SessionEntry> myHistory() {
        List<SessionLog> mine = logs.findFirst100ByAthleteIdOrderByFinishedAtDesc(me());
        Map<VersionKey, String> titles = versions.findAllOf(mine.stream()
                        .map(log -> new VersionKey(log.getRoutineId(), log.getVersion())).distinct().toList()).stream()
                .collect(Collectors.toMap(RoutineVersion::key, version -> content.read(version).title()));
        return mine.stream().map(log -> new SessionEntry(log.getId(), log.getRoutineId(),
                titles.getOrDefault(new VersionKey(log.getRoutineId(), log.getVersion()), Words.of("fallback.a-routine").shown()),
                log.getFinishedAt(), log.isComplete(), log.getStepsDone(), log.getStepsTotal(), log.getFeeling(),
                log.isPain(), log.getPainWhere().stream().map(app.limber.body.Muscle::valueOf).toList(), log.getNote(),
                log.getPainLevel(), log.getPainSide(), log.getSteps(), log.getReply(), log.getRepliedAt(),
                log.getReply() != null && log.getReplyReadAt() == null))
                .toList();
    }

    /**
     * The coach's reply to one of their athletes' sessions: a short text, not a chat. A second
     * reply replaces the first, and the athlete sees it as unread again.
     *
     * @throws InvalidSessionException  when the text is blank, too long or holds a control character
     * @throws SessionNotFoundException when the session is not one of the coach's athletes'
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void reply(long sessionId, String text) {
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty()) {
            throw new InvalidSessionException(Words.of("session-error.reply-empty"));
        }
        if (reply.length() > MAX_REPLY) {
            throw new InvalidSessionException(Words.of("session-error.reply-too-long", MAX_REPLY));
        }
        if (TypedText.hasControlCharacter(reply)) {
            throw new InvalidSessionException(TypedText.REMOVE_CONTROL_CHARACTER);
        }
        long coachId = me();
        SessionLog log = logs.findById(sessionId)
                .filter(found -> found.getCoachId() == coachId && membership.onRoster(coachId, found.getAthleteId()))
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        log.reply(reply, clock.instant());
    }

    /** The signed-in athlete's replies from coaches not read yet, newest first (one query). */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public List<CoachReply> unreadReplies() {
        return logs.findUnreadReplies(me()).stream()
                .map(log -> new CoachReply(log.getId(), log.getRoutineId(), log.getFinishedAt(), log.getReply(), log.getRepliedAt()))
                .toList();
    }

    /** The athlete has read their replies (My history shows them): they stop showing as new (one statement). */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public void markRepliesRead() {
        logs.markRepliesRead(me(), clock.instant());
    }

    private static void checkNote(String note) {
        if (note.strip().length() > MAX_NOTE) {
            throw new InvalidSessionException(Words.of("session-error.note-too-long", MAX_NOTE));
        }
        if (TypedText.hasControlCharacter(note)) {
            throw new InvalidSessionException(TypedText.REMOVE_CONTROL_CHARACTER);
        }
    }

    /** How each athlete on the coach's roster keeps up, over the last 30 days. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<Adherence> adherence() {
        return adherence(log -> true, null);
    }

    /** How the coach's athletes keep up with one routine. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<Adherence> adherence(long routineId) {
        routines.open(routineId); // ownership: another coach's routine is not found
        var having = assignments.findByCoachIdAndRoutineIdAndRemovedAtIsNull(me(), routineId).stream()
                .map(Assignment::getAthleteId).collect(java.util.stream.Collectors.toSet());
        return adherence(log -> log.getRoutineId() == routineId, routineId).stream()
                .filter(entry -> having.contains(entry.athleteId())).toList();
    }

    /** @param routineId the one routine to measure, or null for all of them */
    private List<Adherence> adherence(Predicate<SessionLog> which, Long routineId) {
        long coachId = me();
        Instant now = clock.instant();
        List<SessionLog> recent = logs.findByCoachIdAndFinishedAtAfterOrderByFinishedAtDesc(coachId, now.minus(Duration.ofDays(30)))
                .stream().filter(which).toList();
        List<RosterAthlete> athletes = roster.roster();
        Map<Long, Map<Long, Plan>> plans = new java.util.HashMap<>();
        queries.givenPlans(coachId, routineId).forEach(given -> plans.computeIfAbsent(given.athleteId(), athlete -> new java.util.HashMap<>())
                .put(given.routineId(), given.plan()));
        List<Adherence> result = new ArrayList<>();
        for (RosterAthlete athlete : athletes) {
            List<SessionLog> theirs = recent.stream().filter(log -> log.getAthleteId() == athlete.athleteId()).toList();
            List<SessionLog> done = theirs.stream().filter(SessionLog::isComplete).toList();
            Instant weekAgo = now.minus(Duration.ofDays(7));
            int week = (int) done.stream().filter(log -> log.getFinishedAt().isAfter(weekAgo)).count();
            int partial = theirs.size() - done.size();
            int partialWeek = (int) theirs.stream().filter(log -> !log.isComplete() && log.getFinishedAt().isAfter(weekAgo)).count();
            SessionLog last = done.isEmpty() ? null : done.getFirst();
            // the coach home's pain rule, as a fact about the last weeks (acknowledging is the home's)
            boolean painLately = theirs.stream().anyMatch(log -> log.getFinishedAt().isAfter(now.minus(CoachHomeService.ATTENTION_WINDOW))
                    && (log.getPainLevel() != null ? log.getPainLevel() >= CoachHomeService.PAIN_THRESHOLD : log.isPain()));
            WeekProgress plan = PlannedWeeks.of(plans.getOrDefault(athlete.athleteId(), Map.of()), done.stream()
                    .map(log -> new PlannedWeeks.Done(log.getRoutineId(), log.getFinishedAt())).toList(), athlete.zone(), now);
            result.add(new Adherence(athlete.athleteId(), athlete.name(), week, done.size(),
                    last == null ? null : last.getFinishedAt(), last == null ? null : last.getFeeling(), painLately,
                    partialWeek, partial, plan));
        }
        return result;
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
