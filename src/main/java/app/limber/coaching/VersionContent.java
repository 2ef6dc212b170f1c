package app.limber.coaching;

import tools.jackson.databind.json.JsonMapper;

/** A published routine to and from the JSON stored with its version. */
final class VersionContent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VersionContent() {
    }

    static String write(PublishedRoutine routine) {
        return JSON.writeValueAsString(routine);
    }

    static PublishedRoutine read(RoutineVersion version) {
        return JSON.readValue(version.getContent(), PublishedRoutine.class);
    }
}
