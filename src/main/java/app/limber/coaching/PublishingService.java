package app.limber.coaching;

import app.limber.base.TypedText;
import app.limber.base.Words;
import app.limber.library.LibraryService;
import app.limber.library.StretchDetails;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import app.limber.routine.StepDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Publishing: a coach freezes a routine into a numbered, immutable version, a snapshot of
 * its steps and of the stretch content they show. Later edits of the routine or of a
 * stretch change nothing for athletes until the coach publishes again.
 */
@Service
@PreAuthorize("hasRole('COACH')")
public class PublishingService {

    public static final int MAX_NOTE = 500;


    private final RoutineVersionRepository versions;
    private final VersionContent content;
    private final RoutineService routines;
    private final LibraryService library;
    private final Clock clock;

    PublishingService(RoutineVersionRepository versions, VersionContent content, RoutineService routines,
                      LibraryService library, Clock clock) {
        this.versions = versions;
        this.content = content;
        this.routines = routines;
        this.library = library;
        this.clock = clock;
    }

    /**
     * Publishes the routine as it is now.
     *
     * @throws PublishingException    when it has no steps, nothing changed since the latest version, or the note is too long
     * @throws RoutineNotFoundException when it is not this coach's routine
     */
    @Transactional
    public VersionSummary publish(long routineId, String note) {
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.length() > MAX_NOTE) {
            throw new PublishingException(Words.of("publish.error.note-too-long", MAX_NOTE));
        }
        if (TypedText.hasControlCharacter(trimmed)) {
            throw new PublishingException(TypedText.REMOVE_CONTROL_CHARACTER);
        }
        PublishedRoutine now = snapshot(routines.open(routineId));
        if (now.steps().isEmpty()) {
            throw new PublishingException(Words.of("publish.error.no-steps"));
        }
        Optional<RoutineVersion> latest = versions.findFirstByRoutineIdOrderByNumberDesc(routineId);
        if (latest.isPresent() && isAsPublished(content.read(latest.get()), now)) {
            throw new PublishingException(Words.of("publish.error.nothing-changed", latest.get().getNumber()));
        }
        int number = latest.map(version -> version.getNumber() + 1).orElse(1);
        var version = versions.saveAndFlush(new RoutineVersion(routineId, number, trimmed, clock.instant(), content.write(now)));
        return summary(version, latest.map(content::read).orElse(null));
    }

    /** The routine's versions, newest first, each with what changed since the one before. */
    @Transactional(readOnly = true)
    public List<VersionSummary> versions(long routineId) {
        routines.open(routineId); // ownership: another coach's routine is not found
        List<RoutineVersion> all = versions.findByRoutineIdOrderByNumberDesc(routineId);
        List<VersionSummary> summaries = new ArrayList<>();
        for (int index = 0; index < all.size(); index++) {
            PublishedRoutine previous = index + 1 < all.size() ? content.read(all.get(index + 1)) : null;
            summaries.add(summary(all.get(index), previous));
        }
        return summaries;
    }

    /** One version as athletes see it. */
    @Transactional(readOnly = true)
    public Optional<PublishedRoutine> version(long routineId, int number) {
        routines.open(routineId);
        return versions.findByRoutineIdAndNumber(routineId, number).map(content::read);
    }

    /** The number of the routine's latest version, or empty if it was never published (two queries). */
    @Transactional(readOnly = true)
    public Optional<Integer> latestVersionNumber(long routineId) {
        routines.title(routineId); // ownership: another coach's routine is not found
        return versions.findLatestNumber(routineId);
    }

    /**
     * A published version for a share link, whoever asks (share links are opened without an
     * account): the given version, or the latest when {@code number} is null. Only the sharing
     * feature calls this, after it has checked the link's token; an id alone must never reach it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublishedVersion> versionForShareLink(long routineId, Integer number) {
        Optional<RoutineVersion> version = number == null
                ? versions.findFirstByRoutineIdOrderByNumberDesc(routineId)
                : versions.findByRoutineIdAndNumber(routineId, number);
        return version.map(found -> new PublishedVersion(found.getNumber(), content.read(found)));
    }

    /** Whether the routine was never published, is as published, or has changed since. */
    @Transactional(readOnly = true)
    public PublishState state(long routineId) {
        return state(routines.open(routineId));
    }

    /**
     * {@link #state(long)} of the routine as an editor shows it (after each change): the latest
     * version and the stretches are read, the routine is not opened again.
     */
    @Transactional(readOnly = true)
    public PublishState state(RoutineDetails routine) {
        routines.requireOwn(routine);
        return versions.findFirstByRoutineIdOrderByNumberDesc(routine.id())
                .map(latest -> isAsPublished(content.read(latest), snapshot(routine)) ? PublishState.PUBLISHED : PublishState.CHANGED)
                .orElse(PublishState.DRAFT);
    }

    /**
     * {@link #state} of each of the coach's routines among these, for the routines list: the
     * same four queries for 2 routines or 200 (the routines with their steps, their stretches'
     * cards and details, the latest versions). Routines that are not the coach's are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, PublishState> states(Collection<Long> routineIds) {
        if (routineIds.isEmpty()) {
            return Map.of();
        }
        List<RoutineDetails> own = routines.openAll(routineIds);
        Map<Long, RoutineVersion> latest = versions.findLatestOf(own.stream().map(RoutineDetails::id).toList()).stream()
                .collect(Collectors.toMap(RoutineVersion::getRoutineId, version -> version));
        Map<Long, StretchDetails> stretches = library.detailsAndEasier(own.stream().filter(routine -> latest.containsKey(routine.id()))
                .flatMap(routine -> routine.steps().stream()).map(StepDetails::stretchId).collect(Collectors.toSet()));
        Map<Long, PublishState> states = new HashMap<>();
        for (RoutineDetails routine : own) {
            RoutineVersion published = latest.get(routine.id());
            states.put(routine.id(), published == null ? PublishState.DRAFT
                    : isAsPublished(content.read(published), snapshot(routine, stretches)) ? PublishState.PUBLISHED : PublishState.CHANGED);
        }
        return states;
    }

    /** What would change for athletes if the routine were published now. */
    @Transactional(readOnly = true)
    public List<Words> pendingChanges(long routineId) {
        PublishedRoutine now = snapshot(routines.open(routineId));
        return versions.findFirstByRoutineIdOrderByNumberDesc(routineId)
                .map(latest -> WhatChanged.words(content.read(latest), now))
                .orElse(List.of());
    }

    /**
     * Whether the routine now is what was published. A version stored before stretches had
     * figures has no pose in its steps; a figure added since is not a change the coach made.
     * An easier version is different: a version stored before they were kept has none, and
     * publishing again is what gives athletes "Easier" (what changed says so).
     */
    static boolean isAsPublished(PublishedRoutine published, PublishedRoutine now) {
        if (published.steps().size() != now.steps().size()) {
            return false;
        }
        List<PublishedStep> steps = new java.util.ArrayList<>();
        for (int i = 0; i < now.steps().size(); i++) {
            PublishedStep step = now.steps().get(i);
            PublishedStep was = published.steps().get(i);
            if (was.pose() == null && step.pose() != null) {
                step = new PublishedStep(step.stepId(), step.stretchId(), step.name(), step.summary(), step.instructions(),
                        step.cues(), step.cautions(), step.kind(), step.position(), step.primaryMuscles(),
                        step.secondaryMuscles(), step.dose(), null, step.photos(), step.video(), step.contraindications(),
                        step.easier());
            }
            steps.add(step);
        }
        return published.equals(new PublishedRoutine(now.title(), now.description(), now.purpose(), now.estimatedSeconds(), steps));
    }

    private PublishedRoutine snapshot(RoutineDetails routine) {
        return snapshot(routine, library.detailsAndEasier(routine.steps().stream().map(StepDetails::stretchId)
                .collect(Collectors.toSet())));
    }

    private static PublishedRoutine snapshot(RoutineDetails routine, Map<Long, StretchDetails> stretches) {
        List<PublishedStep> steps = routine.steps().stream().map(step -> {
            StretchDetails stretch = stretches.get(step.stretchId());
            return new PublishedStep(step.id(), step.stretchId(), step.stretchName(),
                    stretch == null ? "" : stretch.summary(),
                    stretch == null ? List.of() : stretch.instructions(),
                    stretch == null ? List.of() : stretch.cues(),
                    stretch == null ? List.of() : stretch.cautions(),
                    stretch == null ? null : stretch.kind(), stretch == null ? null : stretch.position(),
                    step.primaryMuscles(), step.secondaryMuscles(), step.dose(), stretch == null ? null : stretch.pose(),
                    stretch == null ? List.of() : stretch.photos(), stretch == null ? null : stretch.video(),
                    stretch == null ? List.of() : List.copyOf(stretch.contraindications()),
                    stretch == null || stretch.easier() == null ? null : easierOf(stretches.get(stretch.easier().id())));
        }).toList();
        return new PublishedRoutine(routine.title(), routine.description(), routine.purpose(), routine.estimatedSeconds(), steps);
    }


    /** The easier stretch as a step shows it; null when it cannot go in a routine now (archived, or not the coach's). */
    private static EasierVersion easierOf(StretchDetails easier) {
        return easier == null || easier.archived() ? null : new EasierVersion(easier.id(), easier.name(), easier.summary(),
                easier.instructions(), easier.cues(), easier.cautions(), easier.kind(), easier.position(),
                easier.primaryMuscles(), easier.secondaryMuscles(), easier.pose(), List.copyOf(easier.contraindications()));
    }

    private VersionSummary summary(RoutineVersion version, PublishedRoutine previous) {
        List<Words> changes = previous == null ? List.of(Words.of("routine-versions.first-version"))
                : WhatChanged.words(previous, content.read(version));
        return new VersionSummary(version.getNumber(), version.getPublishedAt(), version.getNote(), changes);
    }
}
