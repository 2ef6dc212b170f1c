package app.limber.coaching;

import app.limber.routine.Sides;
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

    static List<String> between(PublishedRoutine before, PublishedRoutine after) {
        List<String> changes = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changes.add("Renamed from \u201c" + before.title() + "\u201d to \u201c" + after.title() + "\u201d");
        }
        if (!before.description().equals(after.description())) {
            changes.add("Description updated");
        }
        if (before.purpose() != after.purpose()) {
            changes.add("Purpose: " + (after.purpose() == null ? "any time" : after.purpose().label()));
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
                changes.add("Added \u201c" + step.name() + "\u201d as step " + (index + 1));
            }
        }
        for (PublishedStep step : before.steps()) {
            if (!newPositions.containsKey(step.stepId())) {
                changes.add("Removed \u201c" + step.name() + "\u201d");
            }
        }
        List<Long> oldOrder = before.steps().stream().map(PublishedStep::stepId).filter(newPositions::containsKey).toList();
        List<Long> newOrder = after.steps().stream().map(PublishedStep::stepId).filter(old::containsKey).toList();
        Set<Long> stayed = longestCommonOrder(oldOrder, newOrder);
        for (int index = 0; index < before.steps().size(); index++) {
            PublishedStep step = before.steps().get(index);
            Integer now = newPositions.get(step.stepId());
            if (now != null && !stayed.contains(step.stepId())) {
                changes.add("Moved \u201c" + step.name() + "\u201d from step " + (index + 1) + " to step " + (now + 1));
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

    private static java.util.Optional<String> doseChanges(PublishedStep was, PublishedStep is) {
        List<String> parts = new ArrayList<>();
        StepDose before = was.dose();
        StepDose after = is.dose();
        if (before.untilReleased() != after.untilReleased()) {
            parts.add(after.untilReleased() ? "now until it releases" : "now a fixed hold");
        } else if (after.untilReleased() && before.releaseMaxSeconds() != after.releaseMaxSeconds()) {
            parts.add("up to " + before.releaseMaxSeconds() + " s \u2192 " + after.releaseMaxSeconds() + " s");
        }
        if (before.holdSeconds() != after.holdSeconds() && !after.untilReleased()) {
            parts.add("hold " + before.holdSeconds() + " s \u2192 " + after.holdSeconds() + " s");
        }
        if (!Objects.equals(before.secondSideHoldSeconds(), after.secondSideHoldSeconds())) {
            parts.add("second side " + seconds(before.secondSideHoldSeconds()) + " \u2192 " + seconds(after.secondSideHoldSeconds()));
        }
        if (before.reps() != after.reps()) {
            parts.add("reps " + before.reps() + " \u2192 " + after.reps());
        }
        if (before.sides() != after.sides()) {
            parts.add(sides(before.sides()) + " \u2192 " + sides(after.sides()));
        }
        if (before.restSeconds() != after.restSeconds()) {
            parts.add("rest " + before.restSeconds() + " s \u2192 " + after.restSeconds() + " s");
        }
        if (!before.note().equals(after.note())) {
            parts.add(after.note().isEmpty() ? "note removed" : "new note");
        }
        if (!was.instructions().equals(is.instructions()) || !was.cues().equals(is.cues())
                || !was.cautions().equals(is.cautions()) || !was.name().equals(is.name())) {
            parts.add("instructions updated");
        } else if (!was.contraindications().equals(is.contraindications())) {
            parts.add("cautions updated");
        } else if (!was.summary().equals(is.summary()) || was.kind() != is.kind() || was.position() != is.position()
                || !was.primaryMuscles().equals(is.primaryMuscles()) || !was.secondaryMuscles().equals(is.secondaryMuscles())
                || (was.pose() != null && !was.pose().equals(is.pose()))) {
            parts.add("details updated");
        }
        easierChange(was.easier(), is.easier()).ifPresent(parts::add);
        return parts.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of("\u201c" + is.name() + "\u201d: " + String.join(", ", parts));
    }

    /** "easier version: Knee bend calf stretch", "no easier version", "easier version updated". */
    private static java.util.Optional<String> easierChange(EasierVersion was, EasierVersion is) {
        if (Objects.equals(was, is)) {
            return java.util.Optional.empty();
        }
        if (is == null) {
            return java.util.Optional.of("no easier version");
        }
        if (was == null || was.stretchId() != is.stretchId() || !was.name().equals(is.name())) {
            return java.util.Optional.of("easier version: " + is.name());
        }
        return java.util.Optional.of("easier version updated");
    }

    private static String seconds(Integer value) {
        return value == null ? "same as first" : value + " s";
    }

    private static String sides(Sides sides) {
        return sides.label().toLowerCase(java.util.Locale.ROOT);
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
