package app.limber.library;

import app.limber.base.TypedText;
import app.limber.base.Words;

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

    /** Every broken rule, by field, in words ({@code stretch-error.*}); empty when the draft may be stored. */
    static Map<Field, Words> problems(StretchDraft draft) {
        Map<Field, Words> problems = new EnumMap<>(Field.class);
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.put(Field.NAME, Words.of("stretch-error.name-missing"));
        } else if (name.length() > MAX_NAME) {
            problems.put(Field.NAME, Words.of("stretch-error.too-long", MAX_NAME));
        } else if (TypedText.hasControlCharacterInLine(name)) {
            problems.put(Field.NAME, TypedText.REMOVE_CONTROL_CHARACTER);
        }
        if (draft.summary() != null && draft.summary().strip().length() > MAX_SUMMARY) {
            problems.put(Field.SUMMARY, Words.of("stretch-error.too-long", MAX_SUMMARY));
        } else if (TypedText.hasControlCharacter(draft.summary())) {
            problems.put(Field.SUMMARY, TypedText.REMOVE_CONTROL_CHARACTER);
        }
        List<String> steps = nonBlank(draft.instructions());
        if (steps.isEmpty()) {
            problems.put(Field.INSTRUCTIONS, Words.of("stretch-error.instructions-missing"));
        } else {
            listProblem(steps).ifPresent(problem -> problems.put(Field.INSTRUCTIONS, problem));
        }
        listProblem(nonBlank(draft.cues())).ifPresent(problem -> problems.put(Field.CUES, problem));
        listProblem(nonBlank(draft.cautions())).ifPresent(problem -> problems.put(Field.CAUTIONS, problem));
        if (draft.kind() == null) {
            problems.put(Field.KIND, Words.of("stretch-error.kind-missing"));
        }
        if (draft.position() == null) {
            problems.put(Field.POSITION, Words.of("stretch-error.position-missing"));
        }
        if (draft.holdSeconds() < 0 || draft.holdSeconds() > MAX_HOLD_SECONDS) {
            problems.put(Field.HOLD, Words.of("stretch-error.hold-range", MAX_HOLD_SECONDS));
        }
        if (draft.reps() < 1 || draft.reps() > MAX_REPS) {
            problems.put(Field.REPS, Words.of("stretch-error.reps-range", MAX_REPS));
        }
        if (draft.primaryMuscles().isEmpty()) {
            problems.put(Field.PRIMARY_MUSCLES, Words.of("stretch-error.muscles-missing"));
        }
        if (draft.pose() != null && !draft.pose().problems().isEmpty()) {
            problems.put(Field.POSE, draft.pose().problemWords().getFirst());
        }
        if (draft.source() != null && draft.source().strip().length() > MAX_SOURCE) {
            problems.put(Field.SOURCE, Words.of("stretch-error.too-long", MAX_SOURCE));
        } else if (TypedText.hasControlCharacter(draft.source())) {
            problems.put(Field.SOURCE, TypedText.REMOVE_CONTROL_CHARACTER);
        }
        return problems;
    }

    private static java.util.Optional<Words> listProblem(List<String> lines) {
        if (lines.size() > MAX_STEPS) {
            return java.util.Optional.of(Words.of("stretch-error.too-many-lines", MAX_STEPS));
        }
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).length() > MAX_STEP_LENGTH) {
                return java.util.Optional.of(Words.of("stretch-error.line-too-long", index + 1, MAX_STEP_LENGTH));
            }
            if (TypedText.hasControlCharacterInLine(lines.get(index))) {
                return java.util.Optional.of(Words.of("stretch-error.line-control-character", index + 1, TypedText.REMOVE_CONTROL_CHARACTER));
            }
        }
        return java.util.Optional.empty();
    }

    /** The problems in English, by field: for logs, tests and the parts of Limber that read them so. */
    static Map<Field, String> english(Map<Field, Words> problems) {
        Map<Field, String> english = new EnumMap<>(Field.class);
        problems.forEach((field, words) -> english.put(field, words.english()));
        return english;
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
