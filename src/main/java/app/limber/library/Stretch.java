package app.limber.library;

import app.limber.account.Language;
import app.limber.body.Muscle;
import app.limber.body.PoseJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One library entry. Built-in stretches have no owner and come from the data file;
 * a coach's own stretches have the coach as owner and are visible only to them.
 * Lists are stored as PostgreSQL arrays, so a library page is one row per stretch.
 */
@Entity
@Table(name = "stretch")
class Stretch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String slug;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 300)
    private String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> instructions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> cues = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> cautions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private StretchKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Position position;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> equipment = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> purposes = new ArrayList<>();

    @Column(name = "default_hold_seconds", nullable = false)
    private int defaultHoldSeconds;

    @Column(name = "default_reps", nullable = false)
    private int defaultReps;

    @Column(name = "per_side", nullable = false)
    private boolean perSide;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "primary_muscles", nullable = false, columnDefinition = "text[]")
    private List<String> primaryMuscles = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "secondary_muscles", nullable = false, columnDefinition = "text[]")
    private List<String> secondaryMuscles = new ArrayList<>();

    @Column(nullable = false, length = 300)
    private String source;

    /** A built-in's articles, main one first (see {@link #drawnFrom}); empty for a coach's own. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> sources = new ArrayList<>();

    /** Who should not do it ({@link Contraindication} names, V29). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> contraindications = new ArrayList<>();

    @Column(name = "steps_written_by_us", nullable = false)
    private boolean stepsWrittenByUs;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "copied_from_id")
    private Long copiedFromId;

    /** The photos' tokens in order; written only by {@link PhotoStore} (never with the rest of the stretch). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]", insertable = false, updatable = false)
    private List<String> photos = new ArrayList<>();

    /** The token of its video, if any; written only by {@link VideoStore}. */
    @Column(insertable = false, updatable = false)
    private String video;

    @Column(nullable = false)
    private boolean archived;

    /** Its easier version, a stretch the owner can see; null for none. Set by {@link #linkVariations}. */
    @Column(name = "easier_id")
    private Long easierId;

    /** Its harder version, a stretch the owner can see; null for none. */
    @Column(name = "harder_id")
    private Long harderId;

    /** The figure ({@link PoseJson}); null when the stretch has none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String pose;

    /** The code of the language its own texts are written in ({@link Language#code()}, V42); built-ins are English. */
    @Column(name = "content_language", nullable = false, length = 2)
    private String contentLanguage = Language.ENGLISH.code();

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Stretch() {
    }

    Stretch(String slug, Long ownerId, Instant now) {
        this.slug = slug;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes every field a coach (or the data file) can set; the draft must be valid. */
    void apply(StretchDraft draft, Instant now) {
        name = draft.name().strip();
        summary = draft.summary() == null ? "" : draft.summary().strip();
        instructions = stripped(draft.instructions());
        cues = stripped(draft.cues());
        cautions = stripped(draft.cautions());
        kind = draft.kind();
        position = draft.position();
        equipment = names(draft.equipment().stream().filter(item -> item != Equipment.NONE).toList());
        purposes = names(draft.purposes());
        defaultHoldSeconds = draft.holdSeconds();
        defaultReps = draft.reps();
        perSide = draft.perSide();
        primaryMuscles = names(draft.primaryMuscles());
        secondaryMuscles = names(draft.secondaryMuscles().stream()
                .filter(muscle -> !draft.primaryMuscles().contains(muscle)).toList());
        source = draft.source() == null ? "" : draft.source().strip();
        contraindications = names(draft.contraindications().stream().sorted().toList());
        searchText = searchTextOf(draft);
        pose = PoseJson.write(draft.pose());
        updatedAt = now;
    }

    /**
     * Where a built-in stretch comes from: every article it draws on (none for one written by
     * Limber), and whether its steps are Limber's own because the articles only name it.
     */
    void drawnFrom(List<String> articles, boolean stepsOurOwn) {
        sources = new ArrayList<>(articles);
        stepsWrittenByUs = stepsOurOwn;
    }

    List<String> getSources() {
        return sources == null ? List.of() : List.copyOf(sources);
    }

    /** Names its easier and harder versions (checked by the caller: visible, no loop, not itself). */
    void linkVariations(Long easier, Long harder) {
        easierId = easier;
        harderId = harder;
    }

    Long getEasierId() {
        return easierId;
    }

    Long getHarderId() {
        return harderId;
    }

    /** Its content, with its easier and harder versions as given (null: none, or not visible to the viewer). */
    StretchDetails toDetails(long viewerId, StretchLink easier, StretchLink harder) {
        return new StretchDetails(id, version, slug, name, summary, List.copyOf(instructions), List.copyOf(cues),
                List.copyOf(cautions), kind, position, enums(equipment, Equipment.class), enums(purposes, Purpose.class),
                defaultHoldSeconds, defaultReps, perSide, muscles(primaryMuscles), muscles(secondaryMuscles), source,
                ownerId == null, ownerId != null && ownerId == viewerId, archived, PoseJson.read(pose),
                photos == null ? List.of() : List.copyOf(photos), sources == null ? List.of() : List.copyOf(sources),
                stepsWrittenByUs, video, enums(contraindications, Contraindication.class), easier, harder,
                getContentLanguage());
    }

    StretchDraft toDraft() {
        return new StretchDraft(name, summary, instructions, cues, cautions, kind, position,
                enums(equipment, Equipment.class), enums(purposes, Purpose.class), defaultHoldSeconds, defaultReps,
                perSide, muscles(primaryMuscles), muscles(secondaryMuscles), source, PoseJson.read(pose),
                enums(contraindications, Contraindication.class), easierId, harderId);
    }

    static String searchTextOf(StretchDraft draft) {
        return Stream.of(
                        Stream.of(draft.name(), draft.summary()),
                        draft.instructions().stream(),
                        Stream.concat(draft.primaryMuscles().stream(), draft.secondaryMuscles().stream()).map(Muscle::label))
                .flatMap(part -> part)
                .filter(part -> part != null && !part.isBlank())
                .map(part -> part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().distinct().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<Muscle> muscles(List<String> names) {
        return names.stream().map(Muscle::valueOf).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        names.forEach(name -> values.add(Enum.valueOf(type, name)));
        return values;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    /** The language its own texts are written in (English for a code Limber no longer speaks). */
    Language getContentLanguage() {
        return Language.fromCode(contentLanguage).orElse(Language.ENGLISH);
    }

    void writtenIn(Language language) {
        contentLanguage = java.util.Objects.requireNonNull(language, "language").code();
    }

    Long getOwnerId() {
        return ownerId;
    }

    boolean isArchived() {
        return archived;
    }

    void archive(Instant now) {
        archived = true;
        updatedAt = now;
    }

    void restore(Instant now) {
        archived = false;
        updatedAt = now;
    }

    String getContentHash() {
        return contentHash;
    }

    void setContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    void setCopiedFromId(Long copiedFromId) {
        this.copiedFromId = copiedFromId;
    }

    long getVersion() {
        return version;
    }
}
