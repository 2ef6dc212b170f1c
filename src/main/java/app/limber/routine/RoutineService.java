package app.limber.routine;

import app.limber.account.AccountService;
import app.limber.library.LibraryService;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static app.limber.routine.InvalidRoutineException.Field;

/**
 * A coach's routines. Every change names the version the editor last saw; a newer version
 * means another tab or device changed the routine, and the change is refused
 * ({@link RoutineChangedException}) rather than silently overwriting. Every change answers
 * with the routine's new state. Another coach's routine answers like a missing one.
 */
@Service
@PreAuthorize("hasRole('COACH')")
public class RoutineService {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_STEPS = 60;
    public static final int MAX_SECONDS = 600;
    public static final int MAX_REPS = 50;
    public static final int MAX_NOTE = 500;

    private final RoutineRepository routines;
    private final StarterTemplates templates;
    private final LibraryService library;
    private final AccountService accounts;
    private final Clock clock;

    RoutineService(RoutineRepository routines, StarterTemplates templates, LibraryService library,
                   AccountService accounts, Clock clock) {
        this.routines = routines;
        this.templates = templates;
        this.library = library;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The coach's routines (or their archive), newest edits first, optionally matching a search. */
    @Transactional(readOnly = true)
    public List<RoutineSummary> list(String search, boolean archived) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return routines.findOwnWithSteps(coachId(), archived).stream()
                .filter(routine -> needle.isEmpty() || routine.getTitle().toLowerCase(Locale.ROOT).contains(needle)
                        || routine.getDescription().toLowerCase(Locale.ROOT).contains(needle))
                .map(routine -> new RoutineSummary(routine.getId(), routine.getTitle(), routine.getPurpose(),
                        routine.getSteps().size(),
                        RoutineTiming.routineSeconds(routine.getSteps().stream().map(RoutineStep::dose).toList()),
                        routine.isArchived(), routine.getUpdatedAt()))
                .toList();
    }

    /** The starter routines a coach can copy. */
    public List<RoutineTemplate> templates() {
        return templates.all().stream().map(StarterTemplates.Template::summary).toList();
    }

    /** Opens one of the coach's routines: the routine with its steps, then their stretches (two queries). */
    @Transactional(readOnly = true)
    public RoutineDetails open(long id) {
        return details(own(id));
    }

    /**
     * Opens several of the coach's routines at once (for list screens): two queries however
     * many. Ids that are not the coach's routines are left out.
     */
    @Transactional(readOnly = true)
    public List<RoutineDetails> openAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Routine> found = routines.findAllOwnWithSteps(ids, coachId());
        Map<Long, StretchCard> stretches = library.cards(found.stream().flatMap(routine -> routine.getSteps().stream())
                .map(RoutineStep::getStretchId).collect(Collectors.toSet()));
        return found.stream().map(routine -> details(routine, stretches)).toList();
    }

    /**
     * The title of one of the coach's routines, in one query: also the cheap ownership check
     * for other features that need only that.
     *
     * @throws RoutineNotFoundException when it is not this coach's routine
     */
    @Transactional(readOnly = true)
    public String title(long id) {
        return routines.findOwnTitle(id, coachId()).orElseThrow(() -> new RoutineNotFoundException(id));
    }

    /** A new, empty routine. */
    @Transactional
    public RoutineDetails create(String title) {
        checkDescription(title, "");
        var routine = new Routine(coachId(), title.strip(), "", null, clock.instant());
        return details(routines.saveAndFlush(routine));
    }

    /** A new routine copied from a starter template, with the template's steps and doses. */
    @Transactional
    public RoutineDetails createFromTemplate(String templateSlug) {
        var template = templates.find(templateSlug)
                .orElseThrow(() -> new IllegalArgumentException("No starter template " + templateSlug));
        Map<String, Long> ids = library.builtInIds(template.steps().stream().map(StarterTemplates.TemplateStep::stretch).toList());
        Map<Long, StretchCard> stretches = library.cards(ids.values());
        var routine = new Routine(coachId(), template.title(), template.description(), template.purpose(), clock.instant());
        for (var step : template.steps()) {
            Long stretchId = ids.get(step.stretch());
            if (stretchId == null) {
                continue; // a retired built-in: the template simply leaves it out
            }
            StretchCard stretch = stretches.get(stretchId);
            StepDose defaults = defaultDose(stretch);
            routine.addStep(routine.getSteps().size(), stretchId, new StepDose(
                    step.hold() == null ? defaults.holdSeconds() : step.hold(),
                    step.reps() == null ? defaults.reps() : step.reps(),
                    defaults.sides(), null, step.rest() == null ? 0 : step.rest(), ""), clock.instant());
        }
        return details(routines.saveAndFlush(routine));
    }

    /** A copy of one of the coach's routines, steps and all, titled "… (copy)". */
    @Transactional
    public RoutineDetails duplicate(long id) {
        Routine original = own(id);
        String title = original.getTitle().length() > MAX_TITLE - 7
                ? original.getTitle().substring(0, MAX_TITLE - 7).strip() + " (copy)" : original.getTitle() + " (copy)";
        var copy = new Routine(coachId(), title, original.getDescription(), original.getPurpose(), clock.instant());
        for (RoutineStep step : original.getSteps()) {
            copy.addStep(copy.getSteps().size(), step.getStretchId(), step.dose(), clock.instant());
        }
        return details(routines.saveAndFlush(copy));
    }

    /** Moves a routine to the archive (the list's undo calls {@link #restore}). */
    @Transactional
    public void archive(long id) {
        Routine routine = own(id);
        routine.setArchived(true, clock.instant());
        saved(routine);
    }

    @Transactional
    public RoutineDetails restore(long id) {
        Routine routine = own(id);
        routine.setArchived(false, clock.instant());
        return saved(routine);
    }

    /** Changes title, description and purpose. */
    @Transactional
    public RoutineDetails describe(long id, long version, String title, String description, Purpose purpose) {
        checkDescription(title, description);
        Routine routine = current(id, version);
        routine.describe(title.strip(), description == null ? "" : description.strip(), purpose, clock.instant());
        return saved(routine);
    }

    /** Puts a stretch into the routine at a position (0 = first; past the end = last), with the stretch's default dose. */
    @Transactional
    public RoutineDetails addStep(long id, long version, long stretchId, int position) {
        Routine routine = current(id, version);
        if (routine.getSteps().size() >= MAX_STEPS) {
            throw new InvalidRoutineException(Field.STEPS, "A routine has at most " + MAX_STEPS + " steps.");
        }
        StretchCard stretch = library.cards(List.of(stretchId)).get(stretchId);
        if (stretch == null || stretch.archived()) {
            throw new InvalidRoutineException(Field.STRETCH, "That stretch is not in your library.");
        }
        routine.addStep(position, stretchId, defaultDose(stretch), clock.instant());
        return saved(routine);
    }

    /** Moves a step to another position (its neighbours close up). */
    @Transactional
    public RoutineDetails moveStep(long id, long version, long stepId, int toPosition) {
        Routine routine = current(id, version);
        routine.moveStep(step(routine, stepId), toPosition, clock.instant());
        return saved(routine);
    }

    /** Changes a step's dose and note. */
    @Transactional
    public RoutineDetails changeStep(long id, long version, long stepId, StepDose dose) {
        checkDose(dose);
        Routine routine = current(id, version);
        step(routine, stepId).setDose(dose);
        routine.touch(clock.instant());
        return saved(routine);
    }

    /** Takes a step out; what it returns puts it back ({@link #restoreStep}). */
    @Transactional
    public Removal removeStep(long id, long version, long stepId) {
        Routine routine = current(id, version);
        RoutineStep step = step(routine, stepId);
        var removed = new RemovedStep(step.getStretchId(), step.getPosition(), step.dose());
        routine.removeStep(step, clock.instant());
        return new Removal(saved(routine), removed);
    }

    /** Puts a removed step back where it was, with its dose and note. */
    @Transactional
    public RoutineDetails restoreStep(long id, long version, RemovedStep removed) {
        checkDose(removed.dose());
        Routine routine = current(id, version);
        if (routine.getSteps().size() >= MAX_STEPS) {
            throw new InvalidRoutineException(Field.STEPS, "A routine has at most " + MAX_STEPS + " steps.");
        }
        if (library.cards(List.of(removed.stretchId())).isEmpty()) {
            throw new InvalidRoutineException(Field.STRETCH, "That stretch is not in your library.");
        }
        routine.addStep(removed.position(), removed.stretchId(), removed.dose(), clock.instant());
        return saved(routine);
    }

    /** A step removal: the routine after it, and what undoes it. */
    public record Removal(RoutineDetails routine, RemovedStep removed) {
    }

    static StepDose defaultDose(StretchCard stretch) {
        return new StepDose(stretch.holdSeconds(), stretch.reps(), stretch.perSide() ? Sides.EACH_SIDE : Sides.BOTH_AT_ONCE,
                null, 0, "");
    }

    private RoutineDetails saved(Routine routine) {
        try {
            routines.flush();
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new RoutineChangedException(routine.getId());
        }
        return details(routine);
    }

    private RoutineDetails details(Routine routine) {
        Set<Long> stretchIds = routine.getSteps().stream().map(RoutineStep::getStretchId).collect(Collectors.toSet());
        return details(routine, library.cards(stretchIds));
    }

    private static RoutineDetails details(Routine routine, Map<Long, StretchCard> stretches) {
        List<StepDetails> steps = new ArrayList<>();
        for (RoutineStep step : routine.getSteps()) {
            StretchCard stretch = stretches.get(step.getStretchId());
            steps.add(new StepDetails(step.getId(), step.getPosition(), step.getStretchId(),
                    stretch == null ? "Stretch no longer available" : stretch.name(),
                    stretch == null ? List.of() : stretch.primaryMuscles(),
                    stretch == null ? List.of() : stretch.secondaryMuscles(), step.dose()));
        }
        return new RoutineDetails(routine.getId(), routine.getVersion(), routine.getTitle(), routine.getDescription(),
                routine.getPurpose(), routine.isArchived(), List.copyOf(steps),
                RoutineTiming.routineSeconds(steps.stream().map(StepDetails::dose).toList()), RoutineTiming.coverage(steps));
    }

    private Routine current(long id, long version) {
        Routine routine = own(id);
        if (routine.getVersion() != version) {
            throw new RoutineChangedException(id);
        }
        return routine;
    }

    private Routine own(long id) {
        return routines.findOwnWithSteps(id, coachId()).orElseThrow(() -> new RoutineNotFoundException(id));
    }

    private static RoutineStep step(Routine routine, long stepId) {
        return routine.getSteps().stream().filter(step -> step.getId() != null && step.getId() == stepId).findFirst()
                .orElseThrow(() -> new InvalidRoutineException(Field.STEPS, "That step is no longer in the routine."));
    }

    private static void checkDescription(String title, String description) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()) {
            problems.put(Field.TITLE, "Give the routine a title.");
        } else if (trimmed.length() > MAX_TITLE) {
            problems.put(Field.TITLE, "Use at most " + MAX_TITLE + " characters.");
        }
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            problems.put(Field.DESCRIPTION, "Use at most " + MAX_DESCRIPTION + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoutineException(problems);
        }
    }

    /** @throws InvalidRoutineException naming every field of the dose that breaks a rule */
    static void checkDose(StepDose dose) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (dose.holdSeconds() < 0 || dose.holdSeconds() > MAX_SECONDS) {
            problems.put(Field.HOLD, "Hold between 0 and " + MAX_SECONDS + " seconds.");
        }
        if (dose.reps() < 1 || dose.reps() > MAX_REPS) {
            problems.put(Field.REPS, "Use 1 to " + MAX_REPS + " reps.");
        }
        if (dose.sides() == null) {
            problems.put(Field.SIDES, "Choose how the sides are done.");
        }
        if (dose.secondSideHoldSeconds() != null) {
            if (dose.sides() != Sides.EACH_SIDE) {
                problems.put(Field.SECOND_SIDE_HOLD, "A second-side hold needs \"Each side\".");
            } else if (dose.secondSideHoldSeconds() < 0 || dose.secondSideHoldSeconds() > MAX_SECONDS) {
                problems.put(Field.SECOND_SIDE_HOLD, "Hold between 0 and " + MAX_SECONDS + " seconds.");
            }
        }
        if (dose.restSeconds() < 0 || dose.restSeconds() > MAX_SECONDS) {
            problems.put(Field.REST, "Rest between 0 and " + MAX_SECONDS + " seconds.");
        }
        if (dose.note().strip().length() > MAX_NOTE) {
            problems.put(Field.NOTE, "Use at most " + MAX_NOTE + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoutineException(problems);
        }
    }

    private long coachId() {
        return accounts.currentUserId()
                .orElseThrow(() -> new IllegalStateException("Only a signed-in coach has routines"));
    }
}
