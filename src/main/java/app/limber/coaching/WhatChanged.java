package app.limber.coaching;

import app.limber.base.Words;
import app.limber.routine.StepDose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one published version to the next, in words a coach and an athlete
 * read at a glance: steps added, removed, moved (those that left the common order), dose
 * and note changes, and stretch content that was updated. Steps are matched by their id.
 */
final class WhatChanged {

    private WhatChanged() {
    }

    /** {@link #words} in English (for callers that still show English). */
    static List<String> between(PublishedRoutine before, PublishedRoutine after) {
        return words(before, after).stream().map(Words::english).toList();
    }

    /** What changed, each change in words the reader's language shows. */
    static List<Words> words(PublishedRoutine before, PublishedRoutine after) {
        List<Words> changes = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changes.add(Words.of("what-changed.renamed", before.title(), after.title()));
        }
        if (!before.description().equals(after.description())) {
            changes.add(Words.of("what-changed.description"));
        }
        if (before.purpose() != after.purpose()) {
            changes.add(Words.of("what-changed.purpose",
                    after.purpose() == null ? Words.of("what-changed.any-time") : Words.label(after.purpose())));
        }
        Map<Long, PublishedStep> old = new HashMap<>();
        before.steps().forEach(step -> old.put(step.stepId(), step));
        Map<Long, Integer> newPositions = new HashMap<>();
        for (int index = 0; index < after.steps().size(); index++) {
            newPositions.put(after.steps().get(index).stepId(), index);
        }

        for (int index = 0; index < after.steps().size(); index++) {
            PublishedStep step = after.steps().get(index);
            if (!old.containsKey(step.stepId())) {
                changes.add(Words.of("what-changed.added", step.name(), index + 1));
            }
        }
        for (PublishedStep step : before.steps()) {
            if (!newPositions.containsKey(step.stepId())) {
                changes.add(Words.of("what-changed.removed", step.name()));
            }
        }
        List<Long> oldOrder = before.steps().stream().map(PublishedStep::stepId).filter(newPositions::containsKey).toList();
        List<Long> newOrder = after.steps().stream().map(PublishedStep::stepId).filter(old::containsKey).toList();
        Set<Long> stayed = longestCommonOrder(oldOrder, newOrder);
        for (int index = 0; index < before.steps().size(); index++) {
            PublishedStep step = before.steps().get(index);
            Integer now = newPositions.get(step.stepId());
            if (now != null && !stayed.contains(step.stepId())) {
                changes.add(Words.of("what-changed.moved", step.name(), index + 1, now + 1));
            }
        }
        for (PublishedStep step : after.steps()) {
            PublishedStep was = old.get(step.stepId());
            if (was != null) {
                doseChanges(was, step).ifPresent(changes::add);
            }
        }
        return List.copyOf(changes);
    }

    private static java.util.Optional<Words> doseChanges(PublishedStep was, PublishedStep is) {
        List<Words> parts = new ArrayList<>();
        StepDose before = was.dose();
        StepDose after = is.dose();
        if (before.untilReleased() != after.untilReleased()) {
            parts.add(Words.of(after.untilReleased() ? "what-changed.until-released" : "what-changed.fixed-hold"));
        } else if (after.untilReleased() && before.releaseMaxSeconds() != after.releaseMaxSeconds()) {
            parts.add(Words.of("what-changed.release-max", seconds(before.releaseMaxSeconds()), seconds(after.releaseMaxSeconds())));
        }
        if (before.holdSeconds() != after.holdSeconds() && !after.untilReleased()) {
            parts.add(Words.of("what-changed.hold", seconds(before.holdSeconds()), seconds(after.holdSeconds())));
        }
        if (!Objects.equals(before.secondSideHoldSeconds(), after.secondSideHoldSeconds())) {
            parts.add(Words.of("what-changed.second-side", secondSide(before.secondSideHoldSeconds()),
                    secondSide(after.secondSideHoldSeconds())));
        }
        if (before.reps() != after.reps()) {
            parts.add(Words.of("what-changed.reps", before.reps(), after.reps()));
        }
        if (before.sides() != after.sides()) {
            parts.add(Words.of("what-changed.sides", Words.label(before.sides()), Words.label(after.sides())));
        }
        if (before.restSeconds() != after.restSeconds()) {
            parts.add(Words.of("what-changed.rest", seconds(before.restSeconds()), seconds(after.restSeconds())));
        }
        if (!before.note().equals(after.note())) {
            parts.add(Words.of(after.note().isEmpty() ? "what-changed.note-removed" : "what-changed.new-note"));
        }
        if (!was.instructions().equals(is.instructions()) || !was.cues().equals(is.cues())
                || !was.cautions().equals(is.cautions()) || !was.name().equals(is.name())) {
            parts.add(Words.of("what-changed.instructions"));
        } else if (!was.contraindications().equals(is.contraindications())) {
            parts.add(Words.of("what-changed.cautions"));
        } else if (!was.summary().equals(is.summary()) || was.kind() != is.kind() || was.position() != is.position()
                || !was.primaryMuscles().equals(is.primaryMuscles()) || !was.secondaryMuscles().equals(is.secondaryMuscles())
                || (was.pose() != null && !was.pose().equals(is.pose()))) {
            parts.add(Words.of("what-changed.details"));
        }
        easierChange(was.easier(), is.easier()).ifPresent(parts::add);
        return parts.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(Words.of("what-changed.step", is.name(), Plan.listed(parts)));
    }

    /** "easier version: Knee bend calf stretch", "no easier version", "easier version updated". */
    private static java.util.Optional<Words> easierChange(EasierVersion was, EasierVersion is) {
        if (Objects.equals(was, is)) {
            return java.util.Optional.empty();
        }
        if (is == null) {
            return java.util.Optional.of(Words.of("what-changed.no-easier"));
        }
        if (was == null || was.stretchId() != is.stretchId() || !was.name().equals(is.name())) {
            return java.util.Optional.of(Words.of("what-changed.easier", is.name()));
        }
        return java.util.Optional.of(Words.of("what-changed.easier-updated"));
    }

    private static Words seconds(int value) {
        return Words.of("duration.seconds", value);
    }

    private static Words secondSide(Integer value) {
        return value == null ? Words.of("what-changed.same-as-first") : seconds(value);
    }

    /** The steps that kept their relative order (a longest common subsequence); the others moved. */
    private static Set<Long> longestCommonOrder(List<Long> before, List<Long> after) {
        int[][] length = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                length[i][j] = before.get(i).equals(after.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        Set<Long> kept = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            if (before.get(i).equals(after.get(j))) {
                kept.add(before.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }
}
