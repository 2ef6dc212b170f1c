package app.limber.body;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A {@link Pose} as the JSON stored with a stretch; reading refuses anything else. */
public final class PoseJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PoseJson() {
    }

    public static String write(Pose pose) {
        return pose == null ? null : JSON.writeValueAsString(pose);
    }

    /** The pose, or null for no JSON. */
    public static Pose read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, Pose.class);
        } catch (JacksonException unreadable) {
            throw new IllegalStateException("A stored pose cannot be read: " + unreadable.getOriginalMessage(), unreadable);
        }
    }
}
