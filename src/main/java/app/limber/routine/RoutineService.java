package app.limber.routine;

import app.limber.account.AccountService;
import app.limber.base.TypedText;
import app.limber.base.Words;
import app.limber.library.LibraryService;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import app.limber.library.StretchVariations;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static app.limber.routine.InvalidRoutineException.Field;

/**
 * A coach's routines. Changes to one routine are made one at a time (the routine's row is
 * locked); each edit of a field is checked against the value the editor last saw there
 * ({@link FieldEdit}), so edits of different fields or steps merge and only a true conflict
 * is refused. Every change answers with the routine's new state and is told to every open
 * editor of the routine ({@link #watch}). Another coach's routine answers like a missing one.
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
    /** A change that cannot be stored within this many seconds is reported as not saved. */
    static final int SAVE_TIMEOUT_SECONDS = 5;
    private static final Words SECOND_SIDE_NEEDS_EACH_SIDE = Words.of("routine-error.second-side-needs-each-side");
    private static final Words STRETCH_GONE = Words.of("routine-service.stretch-gone");
    private static final Words NOT_IN_LIBRARY = Words.of("routine-error.stretch-not-in-library");

    private final RoutineRepository routines;
    private final StarterTemplates templates;
    private final LibraryService library;
    private final AccountService accounts;
    private final RoutineChanges changes;
    private final Clock clock;

    RoutineService(RoutineRepository routines, StarterTemplates templates, LibraryService library,
                   AccountService accounts, RoutineChanges changes, Clock clock) {
        this.changes = changes;
        this.routines = routines;
        this.templates = templates;
        this.library = library;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The coach's routines (or their archive), newest edits first, optionally matching a search. */
    @Transactional(readOnly = true)
    public List<RoutineSummary> list(String search, boolean archived) {
        String needle = TypedText.searchable(search).strip().toLowerCase(Locale.ROOT);
        return routines.findOwnWithSteps(coachId(), archived).stream()
                .filter(routine -> needle.isEmpty() || routine.getTitle().toLowerCase(Locale.ROOT).contains(needle)
                        || routine.getDescription().toLowerCase(Locale.ROOT).contains(needle))
                .map(routine -> new RoutineSummary(routine.getId(), routine.getTitle(), routine.getPurpose(),
                        routine.getSteps().size(),
                        RoutineTiming.routineSeconds(routine.getSteps().stream().map(RoutineStep::dose).toList()),
                        routine.isArchived(), routine.getUpdatedAt(),
                        routine.getSteps().stream().anyMatch(step -> step.dose().untilReleased())))
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
     * Checks, without a query, that a routine opened earlier is the signed-in coach's: for
     * services that work on what an editor already shows.
     *
     * @throws RoutineNotFoundException when it is someone else's
     */
    public void requireOwn(RoutineDetails opened) {
        if (opened.ownerId() != coachId()) {
            throw new RoutineNotFoundException(opened.id());
        }
    }

    /**
     * Opens several of the coach's routines at once (for list screens): two queries however
     * many. Ids that are not the coach's routines are left out. Their steps name no easier or
     * harder versions ({@link StepDetails#variations()} is none): {@link #open} does.
     */
    @Transactional(readOnly = true)
    public List<RoutineDetails> openAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Routine> found = routines.findAllOwnWithSteps(ids, coachId());
        Set<Long> stretchIds = found.stream().flatMap(routine -> routine.getSteps().stream())
                .map(RoutineStep::getStretchId).collect(Collectors.toSet());
        Map<Long, StretchCard> stretches = library.cards(stretchIds);
        // list screens swap nothing: their steps carry no variations (and cost no query for them)
        return found.stream().map(routine -> details(routine, stretches, Map.of())).toList();
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
                    step.sides() == null ? defaults.sides() : step.sides(), null, step.rest() == null ? 0 : step.rest(),
                    step.note() == null ? "" : step.note().strip(), Boolean.TRUE.equals(step.untilReleased()),
                    step.releaseMax() == null ? StepDose.DEFAULT_RELEASE_MAX_SECONDS : step.releaseMax()), clock.instant());
        }
        return details(routines.saveAndFlush(routine));
    }

    /** A copy of one of the coach's routines, steps and all, titled "… (copy)". */
    @Transactional
    public RoutineDetails duplicate(long id) {
        Routine original = own(id);
        String title = copyTitle(original.getTitle());
        var copy = new Routine(coachId(), title, original.getDescription(), original.getPurpose(), clock.instant());
        for (RoutineStep step : original.getSteps()) {
            copy.addStep(copy.getSteps().size(), step.getStretchId(), step.dose(), clock.instant());
        }
        return details(routines.saveAndFlush(copy));
    }

    /** "Calf care (copy)" in the coach's language, cut short to fit {@link #MAX_TITLE}. */
    static String copyTitle(String title) {
        String copy = Words.of("routine-service.copy-title", title).shown();
        int over = copy.codePointCount(0, copy.length()) - MAX_TITLE;
        if (over <= 0) {
            return copy;
        }
        String shorter = title.substring(0, title.offsetByCodePoints(0, Math.max(0, title.codePointCount(0, title.length()) - over)));
        return Words.of("routine-service.copy-title", shorter.strip()).shown();
    }

    /** Moves a routine to the archive (the list's undo calls {@link #restore}). */
    @Transactional
    public void archive(long id) {
        Routine routine = locked(id);
        routine.setArchived(true, clock.instant());
        saved(routine);
    }

    @Transactional
    public RoutineDetails restore(long id) {
        Routine routine = locked(id);
        routine.setArchived(false, clock.instant());
        return saved(routine);
    }

    /** Changes title, description and purpose at once (the routine's other fields stay). */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public RoutineDetails describe(long id, String title, String description, Purpose purpose) {
        checkDescription(title, description);
        Routine routine = locked(id);
        routine.describe(title.strip(), description == null ? "" : description.strip(), purpose, clock.instant());
        return saved(routine);
    }

    /**
     * Stores one field of the routine or of one of its steps, if that field still holds what
     * the editor saw: edits of different fields or steps never get in each other's way.
     *
     * @throws InvalidRoutineException  when the value breaks a rule (the field is named)
     * @throws FieldConflictException   when the field was changed elsewhere since the editor saw it
     * @throws StepGoneException        when the step was removed elsewhere
     */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public RoutineDetails change(long id, FieldEdit edit) {
        RoutineField field = edit.field();
        Object value = field.normalized(edit.value());
        Object seen = field.normalized(edit.seen());
        check(field, value);
        Routine routine = locked(id);
        if (field.ofStep()) {
            RoutineStep step = routine.getSteps().stream().filter(candidate -> candidate.getId() == edit.stepId().longValue())
                    .findFirst().orElseThrow(() -> new StepGoneException(edit.stepId(), details(routine)));
            Object current = field.of(step.dose());
            if (!Objects.equals(current, seen) && !Objects.equals(current, value)) {
                throw new FieldConflictException(edit, current, details(routine));
            }
            StepDose changed = field.with(step.dose(), value);
            if (changed.secondSideHoldSeconds() != null && changed.sides() != Sides.EACH_SIDE) {
                throw new InvalidRoutineException(Field.SECOND_SIDE_HOLD, SECOND_SIDE_NEEDS_EACH_SIDE);
            }
            step.setDose(changed);
        } else {
            Object current = switch (field) {
                case TITLE -> routine.getTitle();
                case DESCRIPTION -> routine.getDescription();
                default -> routine.getPurpose();
            };
            if (!Objects.equals(current, seen) && !Objects.equals(current, value)) {
                throw new FieldConflictException(edit, current, details(routine));
            }
            routine.describe(field == RoutineField.TITLE ? (String) value : routine.getTitle(),
                    field == RoutineField.DESCRIPTION ? (String) value : routine.getDescription(),
                    field == RoutineField.PURPOSE ? (Purpose) value : routine.getPurpose(), clock.instant());
        }
        routine.touch(clock.instant());
        return saved(routine);
    }

    /** Puts a stretch into the routine at a position (0 = first; past the end = last), with the stretch's default dose. */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public RoutineDetails addStep(long id, long stretchId, int position) {
        Routine routine = locked(id);
        checkRoomForAStep(routine);
        StretchCard stretch = library.cards(List.of(stretchId)).get(stretchId);
        if (stretch == null || stretch.archived()) {
            throw new InvalidRoutineException(Field.STRETCH, NOT_IN_LIBRARY);
        }
        routine.addStep(position, stretchId, defaultDose(stretch), clock.instant());
        return saved(routine);
    }

    /** A copy of a step, dose and note, right after it. */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public RoutineDetails duplicateStep(long id, long stepId) {
        Routine routine = locked(id);
        checkRoomForAStep(routine);
        RoutineStep step = step(routine, stepId);
        routine.addStep(step.getPosition() + 1, step.getStretchId(), step.dose(), clock.instant());
        return saved(routine);
    }

    /** Moves a step to another position (its neighbours close up). */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public RoutineDetails moveStep(long id, long stepId, int toPosition) {
        Routine routine = locked(id);
        routine.moveStep(step(routine, stepId), toPosition, clock.instant());
        return saved(routine);
    }

    /** Sets a step's whole dose and note. */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public RoutineDetails changeStep(long id, long stepId, StepDose dose) {
        checkDose(dose);
        Routine routine = locked(id);
        step(routine, stepId).setDose(dose);
        routine.touch(clock.instant());
        return saved(routine);
    }

    /**
     * Puts another stretch in a step, keeping its dose, note and position: the swap for its easier
     * or harder version (and the undo of one). Refused when the step no longer holds the stretch
     * the editor saw there, or the new stretch is not one the coach can put in a routine.
     *
     * @throws StepGoneException       when the step was removed elsewhere
     * @throws InvalidRoutineException when the stretch is not in the coach's library, or the step's
     *                                 stretch was changed elsewhere meanwhile
     */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public RoutineDetails swapStretch(long id, long stepId, long seenStretchId, long stretchId) {
        Routine routine = locked(id);
        RoutineStep step = routine.getSteps().stream().filter(candidate -> candidate.getId() == stepId)
                .findFirst().orElseThrow(() -> new StepGoneException(stepId, details(routine)));
        if (step.getStretchId() == stretchId) {
            return details(routine);
        }
        if (step.getStretchId() != seenStretchId) {
            throw new InvalidRoutineException(Field.STEPS, Words.of("routine-error.stretch-changed-elsewhere"));
        }
        StretchCard stretch = library.cards(List.of(stretchId)).get(stretchId);
        if (stretch == null || stretch.archived()) {
            throw new InvalidRoutineException(Field.STRETCH, NOT_IN_LIBRARY);
        }
        step.setStretchId(stretchId);
        routine.touch(clock.instant());
        return saved(routine);
    }

    /** Takes a step out; what it returns puts it back ({@link #restoreStep}). */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public Removal removeStep(long id, long stepId) {
        Routine routine = locked(id);
        RoutineStep step = step(routine, stepId);
        var removed = new RemovedStep(step.getStretchId(), step.getPosition(), step.dose());
        routine.removeStep(step, clock.instant());
        return new Removal(saved(routine), removed);
    }

    /** Puts a removed step back where it was, with its dose and note. */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    public RoutineDetails restoreStep(long id, RemovedStep removed) {
        checkDose(removed.dose());
        Routine routine = locked(id);
        checkRoomForAStep(routine);
        if (library.cards(List.of(removed.stretchId())).isEmpty()) {
            throw new InvalidRoutineException(Field.STRETCH, NOT_IN_LIBRARY);
        }
        routine.addStep(removed.position(), removed.stretchId(), removed.dose(), clock.instant());
        return saved(routine);
    }

    /**
     * Hears every change of one of the coach's routines, made anywhere, until the returned
     * subscription is closed: how every open editor of a routine stays up to date.
     *
     * @throws RoutineNotFoundException when it is not this coach's routine
     */
    @Transactional(readOnly = true)
    public RoutineChanges.Subscription watch(long id, Consumer<RoutineDetails> listener) {
        title(id);
        return changes.listen(id, listener);
    }

    /** A step removal: the routine after it, and what undoes it. */
    public record Removal(RoutineDetails routine, RemovedStep removed) {
    }

    static StepDose defaultDose(StretchCard stretch) {
        return new StepDose(stretch.holdSeconds(), stretch.reps(), stretch.perSide() ? Sides.EACH_SIDE : Sides.BOTH_AT_ONCE,
                null, 0, "");
    }

    /** Writes the change, and has every open editor of the routine told once it is committed. */
    private RoutineDetails saved(Routine routine) {
        routines.flush();
        RoutineDetails details = details(routine);
        changes.changed(details);
        return details;
    }

    private RoutineDetails details(Routine routine) {
        Set<Long> stretchIds = routine.getSteps().stream().map(RoutineStep::getStretchId).collect(Collectors.toSet());
        return details(routine, library.cards(stretchIds), library.variations(stretchIds));
    }

    private static RoutineDetails details(Routine routine, Map<Long, StretchCard> stretches,
                                          Map<Long, StretchVariations> variations) {
        List<StepDetails> steps = new ArrayList<>();
        for (RoutineStep step : routine.getSteps()) {
            StretchCard stretch = stretches.get(step.getStretchId());
            steps.add(new StepDetails(step.getId(), step.getPosition(), step.getStretchId(),
                    stretch == null ? STRETCH_GONE.shown() : stretch.name(),
                    stretch == null ? List.of() : stretch.primaryMuscles(),
                    stretch == null ? List.of() : stretch.secondaryMuscles(), step.dose(),
                    variations.getOrDefault(step.getStretchId(), StretchVariations.NONE)));
        }
        return new RoutineDetails(routine.getId(), routine.getOwnerId(), routine.getVersion(), routine.getTitle(), routine.getDescription(),
                routine.getPurpose(), routine.isArchived(), List.copyOf(steps),
                RoutineTiming.routineSeconds(steps.stream().map(StepDetails::dose).toList()), RoutineTiming.coverage(steps));
    }

    /**
     * One of the coach's routines, locked until the transaction ends: changes to one routine
     * are made one after another, whichever node or editor makes them.
     */
    private Routine locked(long id) {
        return routines.lockOwn(id, coachId()).orElseThrow(() -> new RoutineNotFoundException(id));
    }

    private static void checkRoomForAStep(Routine routine) {
        if (routine.getSteps().size() >= MAX_STEPS) {
            throw new InvalidRoutineException(Field.STEPS, Words.of("routine-error.too-many-steps", MAX_STEPS));
        }
    }

    private Routine own(long id) {
        return routines.findOwnWithSteps(id, coachId()).orElseThrow(() -> new RoutineNotFoundException(id));
    }

    private static RoutineStep step(Routine routine, long stepId) {
        return routine.getSteps().stream().filter(step -> step.getId() != null && step.getId() == stepId).findFirst()
                .orElseThrow(() -> new InvalidRoutineException(Field.STEPS, Words.of("routine-error.step-gone")));
    }

    /** @throws InvalidRoutineException naming the title and/or description when they break a rule */
    static void checkDescription(String title, String description) {
        Map<Field, Words> problems = new EnumMap<>(Field.class);
        problem(RoutineField.TITLE, RoutineField.TITLE.normalized(title)).ifPresent(message -> problems.put(Field.TITLE, message));
        problem(RoutineField.DESCRIPTION, RoutineField.DESCRIPTION.normalized(description))
                .ifPresent(message -> problems.put(Field.DESCRIPTION, message));
        if (!problems.isEmpty()) {
            throw new InvalidRoutineException(problems);
        }
    }

    /** @throws InvalidRoutineException naming every field of the dose that breaks a rule */
    static void checkDose(StepDose dose) {
        Map<Field, Words> problems = new EnumMap<>(Field.class);
        for (RoutineField field : RoutineField.values()) {
            if (field.ofStep()) {
                problem(field, field.normalized(field.of(dose))).ifPresent(message -> problems.put(Field.valueOf(field.name()), message));
            }
        }
        if (dose.secondSideHoldSeconds() != null && dose.sides() != Sides.EACH_SIDE) {
            problems.put(Field.SECOND_SIDE_HOLD, SECOND_SIDE_NEEDS_EACH_SIDE);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoutineException(problems);
        }
    }

    /** @throws InvalidRoutineException when the (normalized) value breaks the field's rule */
    private static void check(RoutineField field, Object value) {
        problem(field, value).ifPresent(message -> {
            throw new InvalidRoutineException(field == RoutineField.PURPOSE ? Field.TITLE : Field.valueOf(field.name()), message);
        });
    }

    /** What is wrong with a (normalized) value of a field, in the coach's words. */
    private static Optional<Words> problem(RoutineField field, Object value) {
        return Optional.ofNullable(switch (field) {
            case TITLE -> ((String) value).isEmpty() ? Words.of("routine-error.no-title") : text((String) value, MAX_TITLE);
            case DESCRIPTION -> text((String) value, MAX_DESCRIPTION);
            case NOTE -> text((String) value, MAX_NOTE);
            case PURPOSE -> null;
            case HOLD, SECOND_SIDE_HOLD -> value == null && field == RoutineField.SECOND_SIDE_HOLD ? null
                    : value == null || (Integer) value < 0 || (Integer) value > MAX_SECONDS ? Words.of("routine-error.hold-range", MAX_SECONDS) : null;
            case REST -> value == null || (Integer) value < 0 || (Integer) value > MAX_SECONDS ? Words.of("routine-error.rest-range", MAX_SECONDS) : null;
            case REPS -> value == null || (Integer) value < 1 || (Integer) value > MAX_REPS ? Words.of("routine-error.reps-range", MAX_REPS) : null;
            case SIDES -> value == null ? Words.of("routine-error.no-sides") : null;
            case UNTIL_RELEASED -> value == null ? Words.of("routine-error.no-timing") : null;
            case RELEASE_MAX -> value == null || (Integer) value < StepDose.MIN_RELEASE_MAX_SECONDS
                    || (Integer) value > StepDose.MAX_RELEASE_MAX_SECONDS
                    ? Words.of("routine-error.release-max-range", StepDose.MIN_RELEASE_MAX_SECONDS,
                      StepDose.MAX_RELEASE_MAX_SECONDS / 60, StepDose.MAX_RELEASE_MAX_SECONDS) : null;
        });
    }

    private static Words text(String value, int max) {
        if (value.length() > max) {
            return Words.of("routine-error.too-long", max);
        }
        return TypedText.hasControlCharacter(value) ? TypedText.REMOVE_CONTROL_CHARACTER : null;
    }

    private long coachId() {
        return accounts.currentUserId()
                .orElseThrow(() -> new IllegalStateException("Only a signed-in coach has routines"));
    }
}
