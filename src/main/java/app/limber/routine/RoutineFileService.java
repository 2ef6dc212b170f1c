package app.limber.routine;

import app.limber.account.AccountService;
import app.limber.base.Words;
import app.limber.body.Pose;
import app.limber.body.PoseJson;
import app.limber.library.Equipment;
import app.limber.library.InvalidStretchException;
import app.limber.library.LibraryService;
import app.limber.library.Purpose;
import app.limber.library.StretchDetails;
import app.limber.library.StretchDraft;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A coach's routines as files of the open routine format ({@link RoutineFile}): export one, and
 * import one as a new draft. An import is checked whole (the schema, then the editor's rules)
 * before anything is stored, and is stored in one transaction.
 */
@Service
@PreAuthorize("hasRole('COACH')")
public class RoutineFileService {

    private final RoutineRepository routines;
    private final RoutineService routineService;
    private final LibraryService library;
    private final AccountService accounts;
    private final Clock clock;

    RoutineFileService(RoutineRepository routines, RoutineService routineService, LibraryService library,
                       AccountService accounts, Clock clock) {
        this.routines = routines;
        this.routineService = routineService;
        this.library = library;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * One of the coach's routines as a file.
     *
     * @throws RoutineNotFoundException when it is not this coach's routine
     */
    @Transactional(readOnly = true)
    public RoutineFile export(long id) {
        Routine routine = routines.findOwnWithSteps(id, coachId()).orElseThrow(() -> new RoutineNotFoundException(id));
        return files(List.of(routine)).getFirst();
    }

    /** Every routine of the coach's (archived ones too), as files, oldest first. */
    @Transactional(readOnly = true)
    public List<RoutineFile> exportAll() {
        long coachId = coachId();
        List<Routine> all = new ArrayList<>(routines.findOwnWithSteps(coachId, false));
        all.addAll(routines.findOwnWithSteps(coachId, true));
        all.sort(Comparator.comparing(Routine::getId));
        return files(all);
    }

    private List<RoutineFile> files(List<Routine> found) {
        Set<Long> stretchIds = new HashSet<>();
        found.forEach(routine -> routine.getSteps().forEach(step -> stretchIds.add(step.getStretchId())));
        Map<Long, StretchDetails> stretches = library.details(stretchIds);
        return found.stream().map(routine -> file(routine, stretches)).toList();
    }

    private static RoutineFile file(Routine routine, Map<Long, StretchDetails> stretches) {
        Map<Long, RoutineFile.Stretch> used = new LinkedHashMap<>();
        Set<String> slugs = new HashSet<>();
        List<RoutineFile.Step> steps = new ArrayList<>();
        for (RoutineStep step : routine.getSteps()) {
            StretchDetails stretch = stretches.get(step.getStretchId());
            if (stretch == null) {
                continue; // not visible to this coach any more: nothing to write
            }
            RoutineFile.Stretch entry = used.computeIfAbsent(stretch.id(), id -> entry(stretch, keyFor(stretch, slugs)));
            StepDose dose = step.dose();
            steps.add(new RoutineFile.Step(entry.slug(), dose.holdSeconds(), dose.reps(), dose.sides(),
                    dose.secondSideHoldSeconds(), dose.restSeconds(), dose.note(), dose.untilReleased(),
                    dose.releaseMaxSeconds()));
        }
        return new RoutineFile(RoutineFile.FORMAT, RoutineFile.VERSION, routine.getTitle(), routine.getDescription(),
                routine.getPurpose(), List.copyOf(steps), List.copyOf(used.values()));
    }

    /** A built-in's slug; a coach's own stretch's slug, made unique in the file should it equal a built-in's. */
    private static String keyFor(StretchDetails stretch, Set<String> taken) {
        String key = stretch.slug();
        for (int number = 2; !taken.add(key); number++) {
            key = stretch.slug() + "-" + number;
        }
        return key;
    }

    private static RoutineFile.Stretch entry(StretchDetails stretch, String slug) {
        return new RoutineFile.Stretch(slug, stretch.builtIn(), stretch.name(), stretch.summary(), stretch.instructions(),
                stretch.cues(), stretch.cautions(), stretch.kind(), stretch.position(),
                stretch.equipment().stream().filter(item -> item != Equipment.NONE).sorted().toList(),
                stretch.purposes().stream().sorted().toList(), stretch.holdSeconds(), stretch.reps(), stretch.perSide(),
                stretch.primaryMuscles(), stretch.secondaryMuscles(), stretch.source(), stretch.sources(),
                stretch.stepsWrittenByUs(), RoutineFileJson.tree(PoseJson.write(stretch.pose())),
                stretch.contraindications().stream().sorted().toList());
    }

    /**
     * A routine file as a new draft of the coach's, which the editor then opens: its built-in
     * stretches are this Limber's own, the others become the coach's own stretches (one per
     * stretch in the file; the coach's identical stretch of the same name is used again).
     *
     * @throws InvalidRoutineFileException listing what is wrong with the file; nothing is stored
     */
    @Transactional
    public RoutineDetails importFile(byte[] content) {
        JsonNode tree = RoutineFileJson.parse(content);
        checkFormat(tree);
        List<Words> schemaProblems = RoutineFileSchema.problems(tree);
        if (!schemaProblems.isEmpty()) {
            throw new InvalidRoutineFileException(schemaProblems);
        }
        RoutineFile file = RoutineFileJson.bind(tree);
        List<Words> problems = new ArrayList<>();
        try {
            RoutineService.checkDescription(file.title(), file.description());
        } catch (InvalidRoutineException refused) {
            refused.refusals().forEach((field, message) -> problems.add(RoutineFileSchema.line(
                    field == InvalidRoutineException.Field.TITLE ? Words.of("routine-file.top.title") : Words.of("routine-file.top.description"),
                    message)));
        }
        Map<String, RoutineFile.Stretch> bySlug = new LinkedHashMap<>();
        for (RoutineFile.Stretch stretch : file.stretches()) {
            if (bySlug.putIfAbsent(stretch.slug(), stretch) != null) {
                problems.add(Words.of("routine-file.slug-twice", stretch.slug()));
            }
        }
        Set<String> usedSlugs = new LinkedHashSet<>();
        for (int index = 0; index < file.steps().size(); index++) {
            RoutineFile.Step step = file.steps().get(index);
            if (!bySlug.containsKey(step.stretch())) {
                problems.add(Words.of("routine-file.no-such-slug", index + 1, RoutineFileSchema.shortened(step.stretch())));
            } else {
                usedSlugs.add(step.stretch());
            }
            try {
                RoutineService.checkDose(dose(step));
            } catch (InvalidRoutineException refused) {
                int number = index + 1;
                refused.refusals().forEach((field, message) -> problems.add(RoutineFileSchema.line(
                        RoutineFileSchema.within(RoutineFileSchema.step(number), words(field)), message)));
            }
        }
        Map<String, Long> builtIns = library.builtInIds(file.stretches().stream()
                .filter(RoutineFile.Stretch::builtIn).map(RoutineFile.Stretch::slug).toList());
        Map<String, StretchDraft> ownStretches = new LinkedHashMap<>();
        for (int index = 0; index < file.stretches().size(); index++) {
            RoutineFile.Stretch stretch = file.stretches().get(index);
            if (!usedSlugs.contains(stretch.slug()) || builtIns.containsKey(stretch.slug())) {
                continue;
            }
            Words where = RoutineFileSchema.stretch(index + 1, stretch.name());
            StretchDraft draft;
            try {
                draft = draft(stretch);
            } catch (IllegalStateException unreadablePose) {
                problems.add(Words.of("routine-file.unreadable-figure", where));
                continue;
            }
            library.problems(draft).forEach((field, message) -> problems.add(RoutineFileSchema.line(
                    RoutineFileSchema.within(where, words(field)), message)));
            ownStretches.put(stretch.slug(), draft);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoutineFileException(RoutineFileSchema.capped(problems));
        }

        Map<String, Long> ids = new HashMap<>(builtIns);
        ownStretches.forEach((slug, draft) -> ids.put(slug, library.adopt(draft)));
        var routine = new Routine(coachId(), file.title().strip(), file.description().strip(), file.purpose(), clock.instant());
        for (RoutineFile.Step step : file.steps()) {
            routine.addStep(routine.getSteps().size(), ids.get(step.stretch()), dose(step), clock.instant());
        }
        return routineService.open(routines.saveAndFlush(routine).getId());
    }

    private static void checkFormat(JsonNode tree) {
        if (!tree.isObject() || !RoutineFile.FORMAT.equals(tree.path("format").asString(""))) {
            throw new InvalidRoutineFileException(Words.of("routine-file.not-limber", RoutineFile.FORMAT));
        }
        JsonNode version = tree.path("version");
        if (!version.isIntegralNumber() || version.asInt() != RoutineFile.VERSION) {
            throw new InvalidRoutineFileException(Words.of("routine-file.other-version", RoutineFileSchema.shortened(version.toString()),
                    RoutineFile.VERSION));
        }
    }

    private static StepDose dose(RoutineFile.Step step) {
        return new StepDose(step.holdSeconds(), step.reps(), step.sides(), step.secondSideHoldSeconds(), step.restSeconds(),
                step.note(), Boolean.TRUE.equals(step.untilReleased()),
                step.releaseMaxSeconds() == null ? StepDose.DEFAULT_RELEASE_MAX_SECONDS : step.releaseMaxSeconds());
    }

    private static StretchDraft draft(RoutineFile.Stretch stretch) {
        Pose pose = PoseJson.read(RoutineFileJson.text(stretch.pose()));
        String source = stretch.source().isBlank() && !stretch.sources().isEmpty()
                ? String.join("; ", stretch.sources()) : stretch.source();
        return new StretchDraft(stretch.name(), stretch.summary(), stretch.instructions(), stretch.cues(), stretch.cautions(),
                stretch.kind(), stretch.position(), Set.copyOf(stretch.equipment()), Set.<Purpose>copyOf(stretch.purposes()),
                stretch.holdSeconds(), stretch.reps(), stretch.perSide(), stretch.primaryMuscles(), stretch.secondaryMuscles(),
                source, pose, stretch.contraindications() == null ? Set.of() : Set.copyOf(stretch.contraindications()));
    }

    /** A field named in a line about the file: "hold", "second-side hold", "figure". */
    private static Words words(Enum<?> field) {
        if (field instanceof InvalidStretchException.Field stretchField) {
            return Words.of(switch (stretchField) {
                case NAME -> "routine-file.field.name";
                case SUMMARY -> "routine-file.field.summary";
                case INSTRUCTIONS -> "routine-file.field.instructions";
                case CUES -> "routine-file.field.cues";
                case CAUTIONS -> "routine-file.field.cautions";
                case KIND -> "routine-file.field.kind";
                case POSITION -> "routine-file.field.position";
                case HOLD -> "routine-file.field.hold";
                case REPS -> "routine-file.field.reps";
                case PRIMARY_MUSCLES -> "routine-file.field.primary-muscles";
                case SOURCE -> "routine-file.field.source";
                case POSE -> "routine-file.field.figure";
                case EASIER -> "routine-file.field.easier";
                case HARDER -> "routine-file.field.harder";
            });
        }
        return Words.of(switch ((InvalidRoutineException.Field) field) {
            case TITLE -> "routine-file.field.title";
            case DESCRIPTION -> "routine-file.field.description";
            case STEPS -> "routine-file.field.steps";
            case STRETCH -> "routine-file.field.stretch";
            case HOLD -> "routine-file.field.hold";
            case REPS -> "routine-file.field.reps";
            case SIDES -> "routine-file.field.sides";
            case SECOND_SIDE_HOLD -> "routine-file.field.second-side-hold";
            case REST -> "routine-file.field.rest";
            case NOTE -> "routine-file.field.note";
            case UNTIL_RELEASED -> "routine-file.field.until-released";
            case RELEASE_MAX -> "routine-file.field.release-max";
        });
    }

    private long coachId() {
        return accounts.currentUserId()
                .orElseThrow(() -> new IllegalStateException("Only a signed-in coach has routines"));
    }
}
