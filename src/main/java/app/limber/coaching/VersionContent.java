package app.limber.coaching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.databind.json.JsonMapper;

/**
 * A published routine to and from the JSON stored with its version. Versions never change,
 * so what is read is kept (a bounded number of them) and shared: a team playing the same
 * routine holds one copy of it, not one per open player.
 */
final class VersionContent {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Cache<Long, PublishedRoutine> READ = Caffeine.newBuilder().maximumSize(2_000).build();

    private VersionContent() {
    }

    static String write(PublishedRoutine routine) {
        return JSON.writeValueAsString(routine);
    }

    static PublishedRoutine read(RoutineVersion version) {
        if (version.getId() == null) {
            return JSON.readValue(version.getContent(), PublishedRoutine.class);
        }
        return READ.get(version.getId(), id -> JSON.readValue(version.getContent(), PublishedRoutine.class));
    }
}
