package app.limber.library;

import app.limber.base.TypedText;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static app.limber.library.InvalidStretchException.Field;

/** The limits every stretch keeps, built-in or a coach's own. */
final class StretchRules {

    static final int MAX_NAME = 80;
    static final int MAX_SUMMARY = 300;
    static final int MAX_STEPS = 20;
    static final int MAX_STEP_LENGTH = 300;
    static final int MAX_HOLD_SECONDS = 600;
    static final int MAX_REPS = 50;
    static final int MAX_SOURCE = 300;

    private StretchRules() {
    }

    /** Every broken rule, by field; empty when the draft may be stored. */
    static Map<Field, String> problems(StretchDraft draft) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.put(Field.NAME, "Give the stretch a name.");
        } else if (name.length() > MAX_NAME) {
            problems.put(Field.NAME, "Use at most " + MAX_NAME + " characters.");
        } else if (TypedText.hasControlCharacterInLine(name)) {
            problems.put(Field.NAME, TypedText.CONTROL_CHARACTER);
        }
        if (draft.summary() != null && draft.summary().strip().length() > MAX_SUMMARY) {
            problems.put(Field.SUMMARY, "Use at most " + MAX_SUMMARY + " characters.");
        } else if (TypedText.hasControlCharacter(draft.summary())) {
            problems.put(Field.SUMMARY, TypedText.CONTROL_CHARACTER);
        }
        List<String> steps = nonBlank(draft.instructions());
        if (steps.isEmpty()) {
            problems.put(Field.INSTRUCTIONS, "Add at least one instruction step.");
        } else {
            listProblem(steps).ifPresent(problem -> problems.put(Field.INSTRUCTIONS, problem));
        }
        listProblem(nonBlank(draft.cues())).ifPresent(problem -> problems.put(Field.CUES, problem));
        listProblem(nonBlank(draft.cautions())).ifPresent(problem -> problems.put(Field.CAUTIONS, problem));
        if (draft.kind() == null) {
            problems.put(Field.KIND, "Choose how the stretch works.");
        }
        if (draft.position() == null) {
            problems.put(Field.POSITION, "Choose a position.");
        }
        if (draft.holdSeconds() < 0 || draft.holdSeconds() > MAX_HOLD_SECONDS) {
            problems.put(Field.HOLD, "Hold between 0 and " + MAX_HOLD_SECONDS + " seconds.");
        }
        if (draft.reps() < 1 || draft.reps() > MAX_REPS) {
            problems.put(Field.REPS, "Use 1 to " + MAX_REPS + " reps.");
        }
        if (draft.primaryMuscles().isEmpty()) {
            problems.put(Field.PRIMARY_MUSCLES, "Choose at least one muscle it stretches.");
        }
        if (draft.pose() != null && !draft.pose().problems().isEmpty()) {
            problems.put(Field.POSE, draft.pose().problems().getFirst());
        }
        if (draft.source() != null && draft.source().strip().length() > MAX_SOURCE) {
            problems.put(Field.SOURCE, "Use at most " + MAX_SOURCE + " characters.");
        } else if (TypedText.hasControlCharacter(draft.source())) {
            problems.put(Field.SOURCE, TypedText.CONTROL_CHARACTER);
        }
        return problems;
    }

    private static java.util.Optional<String> listProblem(List<String> lines) {
        if (lines.size() > MAX_STEPS) {
            return java.util.Optional.of("Use at most " + MAX_STEPS + " lines.");
        }
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).length() > MAX_STEP_LENGTH) {
                return java.util.Optional.of("Line " + (index + 1) + " is too long: use at most " + MAX_STEP_LENGTH + " characters.");
            }
            if (TypedText.hasControlCharacterInLine(lines.get(index))) {
                return java.util.Optional.of("Line " + (index + 1) + ": " + TypedText.CONTROL_CHARACTER);
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
