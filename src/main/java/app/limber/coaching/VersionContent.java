package app.limber.coaching;

import app.limber.coaching.snapshot.DoseSnapshot;
import app.limber.coaching.snapshot.EasierSnapshot;
import app.limber.coaching.snapshot.StepSnapshot;
import app.limber.coaching.snapshot.VersionSnapshot;
import app.limber.routine.StepDose;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;

/**
 * A published routine to and from the JSON stored with its version
 * ({@link VersionSnapshot}, with its schema number), and the versions read lately.
 *
 * <p><b>What is cached:</b> the {@link PublishedRoutine} read from each version, by the
 * version's id, for at most {@value #MAX_VERSIONS} versions, each until it has not been read
 * for {@link #IDLE} (so a quiet app gives the memory back). <b>Why it is safe:</b> a version is
 * never changed once written ({@link RoutineVersion} is immutable, and nothing updates or
 * deletes {@code routine_version} rows), so a cached copy can never be stale; the row is still
 * read (for the access checks), only the JSON is not parsed again. <b>Why it is there:</b> a team
 * playing the same routine shares one copy of it, not one per open player.
 *
 * <p><b>Identity contract:</b> while a version is cached, every read of it returns the
 * <em>same</em> {@code PublishedRoutine} instance. {@code player.PlayPlan} keys its own cache by
 * that instance (weak keys, identity), so a hit here is a hit there; after an eviction here a
 * new instance is read, PlayPlan makes a new plan for it, and the old pair is collected once
 * no player holds it. Do not return copies.
 *
 * <p>The JSON mapper is this class's own, not the application's: the stored format must not
 * follow changes made for the web. It reads strictly (an unknown field is an error, not
 * silently dropped) and refuses a schema newer than {@link VersionSnapshot#SCHEMA} (written by
 * a newer Limber: deploy the reader before the writer).
 */
@Component
class VersionContent {

    static final int MAX_VERSIONS = 2_000;
    static final Duration IDLE = Duration.ofHours(1);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Cache<Long, PublishedRoutine> read = Caffeine.newBuilder()
            .maximumSize(MAX_VERSIONS)
            .expireAfterAccess(IDLE)
            .build();

    /** The JSON to store for a new version, in today's schema. */
    String write(PublishedRoutine routine) {
        return JSON.writeValueAsString(snapshotOf(routine));
    }

    /** A stored version's routine: the cached instance when there is one (see the identity contract above). */
    PublishedRoutine read(RoutineVersion version) {
        if (version.getId() == null) {
            return parse(version.getContent());
        }
        return read.get(version.getId(), id -> parse(version.getContent()));
    }

    /**
     * Reads a version's JSON in any schema it was ever written in.
     *
     * @throws IllegalStateException when it is not a version's JSON, or of a schema newer than this code knows
     */
    static PublishedRoutine parse(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (!(tree instanceof ObjectNode stored)) {
                throw new IllegalStateException("A version's content is not a JSON object");
            }
            int schema = stored.has("schema") ? stored.get("schema").intValue() : 1;
            if (schema < 1 || schema > VersionSnapshot.SCHEMA) {
                throw new IllegalStateException("A version's content is of schema " + schema
                        + "; this Limber reads schemas 1 to " + VersionSnapshot.SCHEMA);
            }
            // Schema 1 rows written before the field existed: the same shape, without the number.
            // A later schema adds its upgrade here (schema n to n + 1, on the tree), oldest first.
            stored.put("schema", 1);
            return routineOf(JSON.treeToValue(stored, VersionSnapshot.class));
        } catch (JacksonException unreadable) {
            throw new IllegalStateException("A version's content cannot be read: " + unreadable.getOriginalMessage(), unreadable);
        }
    }

    private static VersionSnapshot snapshotOf(PublishedRoutine routine) {
        return new VersionSnapshot(VersionSnapshot.SCHEMA, routine.title(), routine.description(), routine.purpose(),
                routine.estimatedSeconds(), routine.steps().stream().map(step -> new StepSnapshot(step.stepId(),
                        step.stretchId(), step.name(), step.summary(), step.instructions(), step.cues(), step.cautions(),
                        step.kind(), step.position(), step.primaryMuscles(), step.secondaryMuscles(), snapshotOf(step.dose()),
                        step.pose(), step.photos(), step.video(), step.contraindications(), snapshotOf(step.easier())))
                .toList());
    }

    private static EasierSnapshot snapshotOf(EasierVersion easier) {
        return easier == null ? null : new EasierSnapshot(easier.stretchId(), easier.name(), easier.summary(),
                easier.instructions(), easier.cues(), easier.cautions(), easier.kind(), easier.position(),
                easier.primaryMuscles(), easier.secondaryMuscles(), easier.pose(), easier.contraindications());
    }

    private static EasierVersion easierOf(EasierSnapshot easier) {
        return easier == null ? null : new EasierVersion(easier.stretchId(), easier.name(), easier.summary(),
                easier.instructions(), easier.cues(), easier.cautions(), easier.kind(), easier.position(),
                easier.primaryMuscles(), easier.secondaryMuscles(), easier.pose(), easier.contraindications());
    }

    private static DoseSnapshot snapshotOf(StepDose dose) {
        return new DoseSnapshot(dose.holdSeconds(), dose.reps(), dose.sides(), dose.secondSideHoldSeconds(),
                dose.restSeconds(), dose.note(), dose.untilReleased(), dose.releaseMaxSeconds());
    }

    private static PublishedRoutine routineOf(VersionSnapshot snapshot) {
        return new PublishedRoutine(snapshot.title(), snapshot.description(), snapshot.purpose(), snapshot.estimatedSeconds(),
                snapshot.steps().stream().map(step -> new PublishedStep(step.stepId(), step.stretchId(), step.name(),
                        step.summary(), step.instructions(), step.cues(), step.cautions(), step.kind(), step.position(),
                        step.primaryMuscles(), step.secondaryMuscles(), doseOf(step.dose()), step.pose(), step.photos(),
                        step.video(), step.contraindications(), easierOf(step.easier()))).toList());
    }

    private static StepDose doseOf(DoseSnapshot dose) {
        return new StepDose(dose.holdSeconds(), dose.reps(), dose.sides(), dose.secondSideHoldSeconds(), dose.restSeconds(),
                dose.note(), Boolean.TRUE.equals(dose.untilReleased()),
                dose.releaseMaxSeconds() == null ? StepDose.DEFAULT_RELEASE_MAX_SECONDS : dose.releaseMaxSeconds());
    }
}
