package app.limber.coaching;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The JSON a session log keeps its steps' outcomes in. */
final class StepResults {

    private static final TypeReference<List<StepResult>> LIST = new TypeReference<>() {
    };

    private StepResults() {
    }

    static List<StepResult> read(String json) {
        return json == null || json.isBlank() ? List.of() : List.copyOf(JsonMapper.shared().readValue(json, LIST));
    }

    static String write(List<StepResult> results) {
        return JsonMapper.shared().writeValueAsString(results);
    }
}
