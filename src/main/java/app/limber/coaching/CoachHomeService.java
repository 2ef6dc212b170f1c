package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.coaching.AttentionItem.Reason;
import app.limber.coaching.SessionLogQueries.Acknowledgement;
import app.limber.coaching.SessionLogQueries.Row;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What closes the loop for the coach: the coach home (each athlete's week, recent sessions,
 * what needs attention) and the athlete page, and acknowledging what needed attention. Each
 * read is a fixed number of SQL statements whatever the size of the roster (see the methods).
 */
@Service
@PreAuthorize("denyAll()")
public class CoachHomeService {

    public static final int PAIN_THRESHOLD = 4;
    public static final int QUIET_DAYS = 7;
    public static final Duration ATTENTION_WINDOW = Duration.ofDays(14);
    public static final int RECENT_SIZE = 20;
    public static final int TIMELINE_SIZE = 100;

    private final RosterService roster;
    private final RosterRepository entries;
    private final RosterMembership membership;
    private final SessionLogRepository logs;
    private final SessionLogQueries queries;
    private final AccountService accounts;
    private final Clock clock;

    CoachHomeService(RosterService roster, RosterRepository entries, RosterMembership membership,
                     SessionLogRepository logs, SessionLogQueries queries,
                     AccountService accounts, Clock clock) {
        this.roster = roster;
        this.entries = entries;
        this.membership = membership;
        this.logs = logs;
        this.queries = queries;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The coach home. At most six statements: the roster and its names, the sessions of the last
     * {@link #ATTENTION_WINDOW}, the routines given, the acknowledged items, and, only for athletes
     * with none of those sessions, when they last did one.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public CoachHome home() {
        long coach = me();
        Instant now = clock.instant();
        List<RosterAthlete> athletes = roster.roster();
        if (athletes.isEmpty()) {
            return new CoachHome(List.of(), List.of(), List.of());
        }
        Map<Long, String> names = athletes.stream().collect(Collectors.toMap(RosterAthlete::athleteId, RosterAthlete::name));
        Map<Long, List<Row>> sessions = queries.coachSessionsSince(coach, now.minus(ATTENTION_WINDOW)).stream()
                .filter(row -> names.containsKey(row.athleteId()))
                .collect(Collectors.groupingBy(Row::athleteId, HashMap::new, Collectors.toList()));
        List<SessionLogQueries.GivenPlan> givenPlans = queries.givenPlans(coach, null);
        Map<Long, SessionLogQueries.Given> given = SessionLogQueries.givenCounts(givenPlans);
        Map<Long, Map<Long, Plan>> plans = plansByAthlete(givenPlans);
        Set<Long> quiet = athletes.stream().map(RosterAthlete::athleteId)
                .filter(id -> !sessions.containsKey(id) && given.containsKey(id)).collect(Collectors.toSet());
        Map<Long, Instant> lastOfQuiet = quiet.isEmpty() ? Map.of() : queries.lastSessions(coach, quiet);
        List<Acknowledgement> acknowledged = queries.acknowledgements(coach, null);

        Instant weekAgo = now.minus(Duration.ofDays(7));
        List<AthleteWeek> week = new ArrayList<>();
        List<AttentionItem> attention = new ArrayList<>();
        for (RosterAthlete athlete : athletes) {
            List<Row> theirs = sessions.getOrDefault(athlete.athleteId(), List.of());
            List<Row> thisWeek = theirs.stream().filter(row -> row.finishedAt().isAfter(weekAgo)).toList();
            SessionLogQueries.Given routines = given.get(athlete.athleteId());
            Map<Long, Plan> theirPlans = plans.getOrDefault(athlete.athleteId(), Map.of());
            WeekProgress plan = PlannedWeeks.of(theirPlans, done(theirs), athlete.zone(), now);
            week.add(new AthleteWeek(athlete.athleteId(), athlete.name(), (int) thisWeek.stream().filter(Row::complete).count(),
                    (int) thisWeek.stream().filter(row -> !row.complete()).count(), routines == null ? 0 : routines.routines(), plan));
            Instant last = theirs.isEmpty() ? lastOfQuiet.get(athlete.athleteId()) : theirs.getFirst().finishedAt();
            attention.addAll(open(AttentionRules.of(athlete.athleteId(), athlete.name(), theirs, last,
                    plan == null ? firstGivenToDo(givenPlans, athlete.athleteId()) : null, now), acknowledged));
            attention.addAll(open(AttentionRules.behindPlan(athlete.athleteId(), athlete.name(), plan,
                    PlannedWeeks.weekStart(athlete.zone(), now)), acknowledged));
        }
        attention.sort(Comparator.comparing(AttentionItem::since).reversed());
        List<SessionSummary> recent = sessions.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Row::finishedAt).reversed()).limit(RECENT_SIZE)
                .map(row -> row.summary(names.get(row.athleteId()))).toList();
        return new CoachHome(week, recent, attention);
    }

    /**
     * One of the coach's athletes. Six statements: their roster entry, name, groups, newest
     * sessions ({@link #TIMELINE_SIZE}), the routines given, the acknowledged items.
     *
     * @throws AthleteNotFoundException when the athlete is not on the coach's roster
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public AthletePage athlete(long athleteId) {
        long coach = me();
        Instant now = clock.instant();
        RosterEntry entry = entries.findById(new RosterEntry.Key(coach, athleteId)).filter(RosterEntry::isActive)
                .orElseThrow(() -> new AthleteNotFoundException(athleteId));
        var person = Optional.ofNullable(accounts.namesAndZones(List.of(athleteId)).get(athleteId));
        String name = person.map(app.limber.account.NameAndZone::name).orElse(app.limber.base.Words.of("fallback.an-athlete").shown());
        java.time.ZoneId zone = person.map(app.limber.account.NameAndZone::zone).orElse(java.time.ZoneOffset.UTC);
        List<String> groups = queries.groupsOf(coach, athleteId);
        List<Row> rows = queries.athleteSessions(coach, athleteId, TIMELINE_SIZE);
        List<GivenRoutine> given = queries.given(coach, athleteId);
        List<Acknowledgement> acknowledged = queries.acknowledgements(coach, athleteId);

        Instant weekAgo = now.minus(Duration.ofDays(7));
        Instant monthAgo = now.minus(Duration.ofDays(30));
        WeekProgress plan = PlannedWeeks.of(given.stream().collect(Collectors.toMap(GivenRoutine::routineId, GivenRoutine::plan)),
                done(rows), zone, now);
        Instant firstGiven = plan != null ? null : given.stream().filter(routine -> routine.plan().kind() != Plan.Kind.ON_CRAMP)
                .map(GivenRoutine::givenAt).min(Comparator.naturalOrder()).orElse(null);
        List<AttentionItem> all = new ArrayList<>(AttentionRules.of(athleteId, name, rows, rows.isEmpty() ? null : rows.getFirst().finishedAt(),
                firstGiven, now));
        all.addAll(AttentionRules.behindPlan(athleteId, name, plan, PlannedWeeks.weekStart(zone, now)));
        Map<Long, Row> byId = rows.stream().collect(Collectors.toMap(Row::id, row -> row));
        List<AttentionItem> history = acknowledged.stream().map(ack -> new AttentionItem(athleteId, name, ack.reason(), ack.since(),
                ack.sessionId(), all.stream().filter(item -> same(item, ack)).findFirst().map(AttentionItem::why)
                .orElseGet(() -> ack.reason() == Reason.PAIN && ack.sessionId() != null && byId.containsKey(ack.sessionId())
                        ? AttentionRules.painWhy(byId.get(ack.sessionId())) : AttentionRules.generic(ack.reason())),
                ack.at())).toList();
        return new AthletePage(athleteId, name, groups, entry.getJoinedAt(),
                count(rows, weekAgo, true), count(rows, weekAgo, false), count(rows, monthAgo, true), count(rows, monthAgo, false),
                plan, given, rows.stream().map(row -> row.summary(name)).toList(), open(all, acknowledged), history);
    }

    /**
     * The coach has seen an item: it leaves the coach home and stays in the athlete's history.
     * Acknowledging it twice (a double click, two tabs) changes nothing.
     *
     * @throws AthleteNotFoundException when the athlete is not on the coach's roster
     * @throws SessionNotFoundException when the session named is not that athlete's with this coach
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void acknowledge(AttentionItem item) {
        long coach = me();
        if (!membership.onRoster(coach, item.athleteId())) {
            throw new AthleteNotFoundException(item.athleteId());
        }
        if (item.sessionId() != null && logs.findById(item.sessionId())
                .filter(log -> log.getCoachId() == coach && log.getAthleteId() == item.athleteId()).isEmpty()) {
            throw new SessionNotFoundException(item.sessionId());
        }
        queries.acknowledge(coach, item.athleteId(), item.reason(), Objects.requireNonNull(item.since()), item.sessionId(), clock.instant());
    }

    /** The plans of each athlete, by routine. */
    private static Map<Long, Map<Long, Plan>> plansByAthlete(List<SessionLogQueries.GivenPlan> given) {
        Map<Long, Map<Long, Plan>> plans = new HashMap<>();
        given.forEach(routine -> plans.computeIfAbsent(routine.athleteId(), athlete -> new HashMap<>()).put(routine.routineId(), routine.plan()));
        return plans;
    }

    /** When the earliest routine the athlete is meant to do was given (cramp relief is on hand, not to do); null for none. */
    private static Instant firstGivenToDo(List<SessionLogQueries.GivenPlan> given, long athleteId) {
        return given.stream().filter(routine -> routine.athleteId() == athleteId && routine.plan().kind() != Plan.Kind.ON_CRAMP)
                .map(SessionLogQueries.GivenPlan::givenAt).min(Comparator.naturalOrder()).orElse(null);
    }

    private static List<PlannedWeeks.Done> done(List<Row> rows) {
        return rows.stream().filter(Row::complete).map(row -> new PlannedWeeks.Done(row.routineId(), row.finishedAt())).toList();
    }

    private static List<AttentionItem> open(List<AttentionItem> items, List<Acknowledgement> acknowledged) {
        return items.stream().filter(item -> acknowledged.stream().noneMatch(ack -> same(item, ack))).toList();
    }

    private static boolean same(AttentionItem item, Acknowledgement ack) {
        return ack.athleteId() == item.athleteId() && ack.reason() == item.reason() && ack.since().equals(item.since());
    }

    private static int count(List<Row> rows, Instant since, boolean complete) {
        return (int) rows.stream().filter(row -> row.finishedAt().isAfter(since) && row.complete() == complete).count();
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
