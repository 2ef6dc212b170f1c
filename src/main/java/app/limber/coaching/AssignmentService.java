package app.limber.coaching;

import app.limber.base.TypedText;
import app.limber.account.AccountService;
import app.limber.routine.RoutineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routines given to athletes. An athlete always gets the routine's latest published version,
 * sees only routines assigned to them by a coach whose roster they are on (removal takes
 * effect at once), and is told when a new version arrives and what changed.
 */
@Service
@PreAuthorize("denyAll()")
public class AssignmentService {

    public static final int MAX_HINT = 80;

    private final AssignmentRepository assignments;
    private final SessionLogQueries queries;
    private final RoutineVersionRepository versions;
    private final VersionContent content;
    private final RosterMembership roster;
    private final RoutineService routines;
    private final AccountService accounts;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, SessionLogQueries queries, RoutineVersionRepository versions,
                      VersionContent content, RosterMembership roster, RoutineService routines,
                      AccountService accounts, Clock clock) {
        this.assignments = assignments;
        this.queries = queries;
        this.versions = versions;
        this.content = content;
        this.roster = roster;
        this.routines = routines;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Gives one of the coach's published routines to athletes on their roster, with an
     * optional schedule hint ("before runs", "after runs", "daily"). A null hint keeps the
     * hints athletes already have (newcomers get none).
     *
     * @throws PublishingException when the routine was never published, an athlete is not on the roster or the hint is too long
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void assign(long routineId, Collection<Long> athleteIds, String scheduleHint) {
        assign(routineId, athleteIds, scheduleHint, null);
    }

    /**
     * Gives the routine as {@link #assign(long, Collection, String)} does, with a plan: chosen days
     * of the week, times a week, when a cramp starts, or none. A null plan keeps the plans athletes
     * already have (newcomers get none).
     *
     * @throws InvalidPlanException when the plan is refused (nothing changes)
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void assign(long routineId, Collection<Long> athleteIds, String scheduleHint, Plan plan) {
        routines.open(routineId); // ownership: another coach's routine is not found
        String hint = hint(scheduleHint);
        Plan checked = plan == null ? null : InvalidPlanException.checked(plan);
        if (versions.findFirstByRoutineIdOrderByNumberDesc(routineId).isEmpty()) {
            throw new PublishingException(app.limber.base.Words.of("give-dialog.error.not-published"));
        }
        long coachId = me();
        if (!roster.athletesOnRoster(coachId).containsAll(athleteIds)) {
            throw new PublishingException(app.limber.base.Words.of("give-dialog.error.not-on-roster"));
        }
        for (long athleteId : athleteIds) {
            assignments.findByAthleteIdAndRoutineId(athleteId, routineId).ifPresentOrElse(
                    existing -> existing.reassign(hint, checked, clock.instant()),
                    () -> assignments.save(new Assignment(coachId, athleteId, routineId, hint == null ? "" : hint,
                            checked == null ? Plan.none(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) : checked,
                            clock.instant())));
        }
    }

    /**
     * Makes exactly these athletes have the routine, in one go: the ones chosen get it (or keep
     * it), everyone else who had it loses it. A null hint keeps the hints athletes already have
     * (newcomers get none). Nothing changes when any part is refused.
     *
     * @throws PublishingException when athletes are chosen but the routine was never published, an
     *                             athlete is not on the roster, or the hint is too long
     * @throws app.limber.routine.RoutineNotFoundException when it is not this coach's routine
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void setAssignees(long routineId, Collection<Long> athleteIds, String scheduleHint) {
        setAssignees(routineId, athleteIds, scheduleHint, null);
    }

    /**
     * Makes exactly these athletes have the routine, as {@link #setAssignees(long, Collection, String)},
     * with a plan; a null plan keeps the plans athletes already have (newcomers get none).
     *
     * @throws InvalidPlanException when the plan is refused (nothing changes)
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void setAssignees(long routineId, Collection<Long> athleteIds, String scheduleHint, Plan plan) {
        Set<Long> chosen = new HashSet<>(athleteIds);
        if (chosen.isEmpty()) {
            routines.open(routineId); // ownership: another coach's routine is not found
            hint(scheduleHint);
            if (plan != null) {
                InvalidPlanException.checked(plan);
            }
        } else {
            assign(routineId, chosen, scheduleHint, plan);
        }
        long coachId = me();
        assignments.findByCoachIdAndRoutineIdAndRemovedAtIsNull(coachId, routineId).stream()
                .filter(assignment -> !chosen.contains(assignment.getAthleteId()))
                .forEach(assignment -> assignment.unassign(clock.instant()));
    }

    /** Takes a routine back from an athlete. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void unassign(long routineId, long athleteId) {
        routines.open(routineId);
        assignments.findByAthleteIdAndRoutineId(athleteId, routineId)
                .filter(assignment -> assignment.getCoachId() == me())
                .ifPresent(assignment -> assignment.unassign(clock.instant()));
    }

    /** The schedule hint the athletes who have the routine share (empty when none or when they differ). */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public String scheduleHint(long routineId) {
        routines.open(routineId);
        var hints = assignments.findByCoachIdAndRoutineIdAndRemovedAtIsNull(me(), routineId).stream()
                .map(Assignment::getScheduleHint).distinct().toList();
        return hints.size() == 1 ? hints.getFirst() : "";
    }

    /** The plan the athletes who have the routine share; empty when none has it or their plans differ. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public Optional<Plan> plan(long routineId) {
        routines.open(routineId);
        var plans = assignments.findByCoachIdAndRoutineIdAndRemovedAtIsNull(me(), routineId).stream()
                .map(Assignment::getPlan).distinct().toList();
        return plans.size() == 1 ? Optional.of(plans.getFirst()) : Optional.empty();
    }

    /**
     * Changes the plan of one athlete's routine (where the coach sees what the athlete was given).
     *
     * @throws InvalidPlanException when the plan is refused (nothing changes)
     * @throws AthleteNotFoundException when the athlete does not have this coach's routine now
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void changePlan(long routineId, long athleteId, Plan plan) {
        Plan checked = InvalidPlanException.checked(plan);
        long coachId = me();
        assignments.findByAthleteIdAndRoutineId(athleteId, routineId)
                .filter(assignment -> assignment.getCoachId() == coachId && assignment.isActive())
                .filter(assignment -> roster.onRoster(coachId, athleteId))
                .orElseThrow(() -> new AthleteNotFoundException(athleteId))
                .plan(checked);
    }

    /** Who has the routine now (three queries however many). */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<Long> assignedAthletes(long routineId) {
        routines.title(routineId); // ownership: another coach's routine is not found
        Set<Long> onRoster = roster.athletesOnRoster(me());
        return assignments.findByCoachIdAndRoutineIdAndRemovedAtIsNull(me(), routineId).stream()
                .map(Assignment::getAthleteId).filter(onRoster::contains).toList();
    }

    /** The signed-in athlete's routines, as {@link #myHome()} lists them. */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public List<AssignedRoutine> myRoutines() {
        return myHome().routines();
    }

    /**
     * The signed-in athlete's home: Today (what is due today and left this week, in their time
     * zone, weeks from Monday) and their routines from coaches whose roster they are on. Six
     * queries however many: the assignments with the roster check, the athlete's time zone, the
     * coaches' names, the latest versions with their publish notes, the versions last seen where a
     * newer one arrived, and what was completed when.
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public MyHome myHome() {
        long me = me();
        List<Assignment> mine = assignments.findActiveFromRosterCoaches(me);
        ZoneId zone = accounts.myTimeZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (mine.isEmpty()) {
            return new MyHome(Today.of(today, zone, List.of()), List.of());
        }
        List<Long> routineIds = mine.stream().map(Assignment::getRoutineId).toList();
        Map<Long, String> coaches = accounts.displayNames(mine.stream().map(Assignment::getCoachId).distinct().toList());
        Map<Long, RoutineVersion> latest = versions.findLatestOf(routineIds).stream()
                .collect(Collectors.toMap(RoutineVersion::getRoutineId, version -> version));
        List<VersionKey> seenBeforeANewOne = mine.stream()
                .filter(assignment -> latest.containsKey(assignment.getRoutineId()))
                .filter(assignment -> isNew(assignment, latest.get(assignment.getRoutineId())))
                .map(assignment -> new VersionKey(assignment.getRoutineId(), assignment.getSeenVersion())).toList();
        Map<VersionKey, RoutineVersion> seen = seenBeforeANewOne.isEmpty() ? Map.of() : versions.findAllOf(seenBeforeANewOne).stream()
                .collect(Collectors.toMap(RoutineVersion::key, version -> version));
        Map<Long, SessionLogQueries.Done> done = queries.done(me, routineIds,
                Plan.weekOf(today).atStartOfDay(zone).toInstant(), today.atStartOfDay(zone).toInstant());
        List<AssignedRoutine> result = new ArrayList<>();
        for (Assignment assignment : mine) {
            RoutineVersion version = latest.get(assignment.getRoutineId());
            if (version == null) {
                continue; // never published: nothing to play yet
            }
            PublishedRoutine routine = content.read(version);
            boolean isNew = isNew(assignment, version);
            RoutineVersion seenVersion = seen.get(new VersionKey(assignment.getRoutineId(), assignment.getSeenVersion()));
            List<String> changes = isNew && seenVersion != null ? WhatChanged.between(content.read(seenVersion), routine) : List.of();
            SessionLogQueries.Done doneOf = done.get(assignment.getRoutineId());
            result.add(new AssignedRoutine(assignment.getRoutineId(), routine.title(), coaches.get(assignment.getCoachId()),
                    routine.purpose(), routine.estimatedSeconds(), routine.steps().size(), assignment.getScheduleHint(),
                    version.getNumber(), isNew, changes, doneOf == null ? null : doneOf.last(),
                    isNew || assignment.getSeenVersion() == 0 ? version.getNote() : "", assignment.getPlan(),
                    doneOf == null ? 0 : doneOf.since(), doneOf != null && doneOf.sinceDay(),
                    routine.steps().stream().anyMatch(step -> step.dose().untilReleased())));
        }
        return new MyHome(Today.of(today, zone, result), result);
    }

    /**
     * Whether a step of a routine given to the signed-in athlete shows this photo: the latest
     * version of a routine they still have (what they can open and play).
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public boolean showsPhoto(String photoToken) {
        List<Long> routineIds = assignments.findActiveFromRosterCoaches(me()).stream().map(Assignment::getRoutineId).toList();
        return !routineIds.isEmpty() && versions.findLatestOf(routineIds).stream()
                .flatMap(version -> content.read(version).steps().stream())
                .anyMatch(step -> step.photos().contains(photoToken));
    }

    /**
     * Whether a step of a routine given to the signed-in athlete shows this video: the latest
     * version of a routine they still have, as for {@link #showsPhoto}.
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public boolean showsVideo(String videoToken) {
        List<Long> routineIds = assignments.findActiveFromRosterCoaches(me()).stream().map(Assignment::getRoutineId).toList();
        return !routineIds.isEmpty() && versions.findLatestOf(routineIds).stream()
                .flatMap(version -> content.read(version).steps().stream())
                .anyMatch(step -> videoToken.equals(step.video()));
    }

    private static boolean isNew(Assignment assignment, RoutineVersion latest) {
        return assignment.getSeenVersion() > 0 && latest.getNumber() > assignment.getSeenVersion();
    }

    /** Opens an assigned routine (its latest version) and remembers that the athlete has seen it. */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public Optional<PublishedRoutine> openAssigned(long routineId) {
        return openToPlay(routineId).map(PlayableRoutine::routine);
    }

    /**
     * The routines the signed-in athlete still has, in one query: what My history links back
     * to (a routine with a session was published when it was played, so each opens).
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public Set<Long> myRoutineIds() {
        return assignments.findActiveFromRosterCoaches(me()).stream().map(Assignment::getRoutineId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the signed-in athlete still has the routine (the coach may take it back, or remove them). */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public boolean stillAssigned(long routineId) {
        long me = me();
        return assignments.findByAthleteIdAndRoutineId(me, routineId)
                .filter(Assignment::isActive)
                .filter(assignment -> roster.onRoster(assignment.getCoachId(), me))
                .isPresent();
    }

    /**
     * Opens an assigned routine's latest version to play it, with its number, the coach's
     * name and the note they published it with, and remembers that the athlete has seen it. Empty when the routine is not theirs.
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public Optional<PlayableRoutine> openToPlay(long routineId) {
        long me = me();
        return assignments.findByAthleteIdAndRoutineId(me, routineId)
                .filter(Assignment::isActive)
                .filter(assignment -> roster.onRoster(assignment.getCoachId(), me))
                .flatMap(assignment -> versions.findFirstByRoutineIdOrderByNumberDesc(routineId).map(latest -> {
                    assignment.seen(latest.getNumber());
                    String coach = accounts.displayNames(List.of(assignment.getCoachId())).get(assignment.getCoachId());
                    return new PlayableRoutine(latest.getNumber(), coach, content.read(latest), latest.getNote());
                }));
    }

    /** The hint as stored (null stays null: keep the athletes' hints). */
    private static String hint(String scheduleHint) {
        String hint = scheduleHint == null ? null : scheduleHint.strip();
        if (hint != null && hint.length() > MAX_HINT) {
            throw new PublishingException(app.limber.base.Words.of("give-dialog.error.hint-too-long", MAX_HINT));
        }
        if (TypedText.hasControlCharacterInLine(hint)) {
            throw new PublishingException(TypedText.REMOVE_CONTROL_CHARACTER);
        }
        return hint;
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
