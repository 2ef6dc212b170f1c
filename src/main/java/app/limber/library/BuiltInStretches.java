package app.limber.library;

import app.limber.account.StartupLock;
import app.limber.body.Muscle;
import app.limber.body.Pose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads the built-in library from {@code library/stretches.yaml} at start-up, before
 * Limber serves anyone. Loading is idempotent and keyed by slug: new entries are added,
 * changed ones updated, entries gone from the file archived (routines keep them).
 * Coaches' own stretches are never touched.
 */
@Component
class BuiltInStretches implements SmartInitializingSingleton {

    static final String DATA_FILE = "library/stretches.yaml";
    /** How an entry's caution names a shared one: {@code "@stop-at-any-pain"}. */
    static final String SHARED = "@";
    private static final Logger log = LoggerFactory.getLogger(BuiltInStretches.class);

    private final StretchRepository stretches;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final StartupLock startupLock;

    BuiltInStretches(StretchRepository stretches, TransactionTemplate transactions, Clock clock, StartupLock startupLock) {
        this.stretches = stretches;
        this.transactions = transactions;
        this.clock = clock;
        this.startupLock = startupLock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LoadResult result = load(read());
        log.info("Built-in stretch library: {} added, {} updated, {} archived, {} unchanged",
                result.added(), result.updated(), result.archived(), result.unchanged());
    }

    /**
     * Brings the database's built-in stretches in line with the given file, while no other
     * node does ({@link StartupLock}): a node that waited finds them loaded.
     */
    LoadResult load(LibraryFile file) {
        List<Resolved> entries = check(file);
        return startupLock.whileHeld(() -> transactions.execute(status -> {
            Map<String, Stretch> existing = stretches.findByOwnerIdIsNull().stream()
                    .collect(Collectors.toMap(Stretch::getSlug, Function.identity()));
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            var now = clock.instant();
            Map<String, Stretch> bySlug = new HashMap<>();
            for (Resolved entry : entries) {
                String hash = fingerprint(entry.toString());
                Stretch stretch = existing.remove(entry.slug());
                if (stretch != null) {
                    bySlug.put(entry.slug(), stretch);
                }
                if (stretch == null) {
                    stretch = new Stretch(entry.slug(), null, now);
                    added++;
                } else if (hash.equals(stretch.getContentHash()) && !stretch.isArchived()) {
                    unchanged++;
                    continue;
                } else {
                    updated++;
                }
                stretch.apply(entry.draft(), now);
                stretch.drawnFrom(entry.sources(), entry.stepsWrittenByUs());
                stretch.setContentHash(hash);
                stretch.restore(now);
                bySlug.put(entry.slug(), stretches.save(stretch));
            }
            // the easier and harder versions, by slug, once every entry exists (unchanged links write nothing)
            for (Resolved entry : entries) {
                bySlug.get(entry.slug()).linkVariations(idOf(bySlug, entry.easier()), idOf(bySlug, entry.harder()));
            }
            int archived = 0;
            for (Stretch gone : existing.values()) {
                if (!gone.isArchived()) {
                    gone.archive(now);
                    archived++;
                }
            }
            stretches.flush();
            return new LoadResult(added, updated, archived, unchanged);
        }));
    }

    private static Long idOf(Map<String, Stretch> bySlug, String slug) {
        return slug == null ? null : bySlug.get(slug).getId();
    }

    static LibraryFile read() {
        var mapper = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            return mapper.readValue(in, LibraryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DATA_FILE, e);
        }
    }

    /**
     * Refuses a data file that breaks a rule, naming the entry (our own content must be right),
     * and resolves each entry: its shared cautions written out, and every article it draws on.
     */
    static List<Resolved> check(LibraryFile file) {
        Map<String, String> sourceTitles = new HashMap<>();
        file.sources().forEach(source -> sourceTitles.put(source.id(), source.title()));
        Map<String, SharedCaution> shared = new HashMap<>();
        for (SharedCaution caution : file.sharedCautions() == null ? List.<SharedCaution>of() : file.sharedCautions()) {
            String where = DATA_FILE + ", shared caution '" + caution.id() + "': ";
            if (caution.text() == null || caution.text().isBlank()) {
                throw new IllegalStateException(where + "it has no text");
            }
            for (String source : caution.sources() == null ? List.<String>of() : caution.sources()) {
                if (!sourceTitles.containsKey(source)) {
                    throw new IllegalStateException(where + "unknown source '" + source + "'");
                }
            }
            if (shared.put(caution.id(), caution) != null) {
                throw new IllegalStateException(where + "the id is used twice");
            }
        }
        Set<String> slugs = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Resolved> resolved = new ArrayList<>();
        for (Entry entry : file.stretches()) {
            String where = DATA_FILE + ", stretch '" + entry.slug() + "': ";
            if (entry.slug() == null || !entry.slug().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException(where + "the slug must be lower-case words joined by dashes");
            }
            if (!slugs.add(entry.slug())) {
                throw new IllegalStateException(where + "the slug is used twice");
            }
            if (entry.name() == null || !names.add(entry.name().strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(where + "the name is missing or used twice");
            }
            boolean ours = Boolean.TRUE.equals(entry.stepsWrittenByUs());
            if (entry.source() == null && !ours) {
                throw new IllegalStateException(where + "an entry without an article is written by us: say so (steps_written_by_us: true)");
            }
            Set<String> articles = new LinkedHashSet<>();
            if (entry.source() != null) {
                articles.add(entry.source());
            }
            articles.addAll(entry.alsoIn() == null ? List.of() : entry.alsoIn());
            List<String> cautions = new ArrayList<>();
            for (String caution : entry.cautions() == null ? List.<String>of() : entry.cautions()) {
                if (caution.startsWith(SHARED)) {
                    SharedCaution named = shared.get(caution.substring(SHARED.length()));
                    if (named == null) {
                        throw new IllegalStateException(where + "unknown shared caution '" + caution + "'");
                    }
                    cautions.add(named.text().strip());
                    articles.addAll(named.sources() == null ? List.of() : named.sources());
                } else {
                    cautions.add(caution);
                }
            }
            for (String article : articles) {
                if (!sourceTitles.containsKey(article)) {
                    throw new IllegalStateException(where + "unknown source '" + article + "'");
                }
            }
            List<String> titles = articles.stream().map(sourceTitles::get).toList();
            var draft = entry.toDraft(cautions, entry.source() == null ? "" : sourceTitles.get(entry.source()));
            var problems = StretchRules.problems(draft);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(where + problems);
            }
            if (entry.pose() == null) {
                throw new IllegalStateException(where + "every built-in stretch has a pose");
            }
            resolved.add(new Resolved(entry.slug(), draft, titles, ours, entry.easier(), entry.harder()));
        }
        checkVariations(resolved);
        return resolved;
    }

    /** Every easier and harder version names another entry of the file, and "easier than" makes no loop. */
    private static void checkVariations(List<Resolved> entries) {
        Map<String, Long> numbers = new HashMap<>();
        entries.forEach(entry -> numbers.put(entry.slug(), (long) numbers.size()));
        List<VariationLinks.Links> links = new ArrayList<>();
        for (Resolved entry : entries) {
            String where = DATA_FILE + ", stretch '" + entry.slug() + "': ";
            for (String linked : java.util.Arrays.asList(entry.easier(), entry.harder())) {
                if (linked != null && !numbers.containsKey(linked)) {
                    throw new IllegalStateException(where + "unknown easier or harder stretch '" + linked + "'");
                }
                if (entry.slug().equals(linked)) {
                    throw new IllegalStateException(where + "a stretch cannot be its own easier or harder version");
                }
            }
            links.add(new VariationLinks.Links(numbers.get(entry.slug()),
                    entry.easier() == null ? null : numbers.get(entry.easier()),
                    entry.harder() == null ? null : numbers.get(entry.harder())));
        }
        for (VariationLinks.Links entry : links) {
            if (VariationLinks.makesALoop(links, entry.id(), entry.easierId(), entry.harderId())) {
                throw new IllegalStateException(DATA_FILE + ", stretch '" + entries.get((int) entry.id()).slug()
                        + "': its easier and harder versions make a loop");
            }
        }
    }

    /** SHA-256 of an entry as written (its lists keep the file's order), to spot changes. */
    private static String fingerprint(String entry) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(entry.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record LoadResult(int added, int updated, int archived, int unchanged) {
    }

    /** The data file: where the content comes from, the cautions entries share, and the stretches. */
    record LibraryFile(int version, List<Source> sources, List<SharedCaution> sharedCautions, List<Entry> stretches) {
    }

    record Source(String id, String title) {
    }

    /** A caution several entries carry word for word, with the articles it comes from (none: written by us). */
    record SharedCaution(String id, String text, List<String> sources) {
    }

    /**
     * An entry ready to store: its draft, the titles of every article it draws on, whose steps these
     * are, and the slugs of its easier and harder versions (null: none).
     */
    record Resolved(String slug, StretchDraft draft, List<String> sources, boolean stepsWrittenByUs,
                    String easier, String harder) {
    }

    /** One stretch as the data file writes it; {@code easier} and {@code harder} name other entries by slug. */
    record Entry(String slug, String name, String summary, StretchKind kind, Position position,
                 List<Equipment> equipment, List<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
                 List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, List<String> instructions,
                 List<String> cues, List<String> cautions, List<Contraindication> contraindications, String source,
                 List<String> alsoIn, Pose pose, Boolean stepsWrittenByUs, String easier, String harder) {

        /** An entry that names no easier or harder version. */
        Entry(String slug, String name, String summary, StretchKind kind, Position position,
              List<Equipment> equipment, List<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
              List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, List<String> instructions,
              List<String> cues, List<String> cautions, List<Contraindication> contraindications, String source,
              List<String> alsoIn, Pose pose, Boolean stepsWrittenByUs) {
            this(slug, name, summary, kind, position, equipment, purposes, holdSeconds, reps, perSide, primaryMuscles,
                    secondaryMuscles, instructions, cues, cautions, contraindications, source, alsoIn, pose, stepsWrittenByUs,
                    null, null);
        }

        StretchDraft toDraft(List<String> resolvedCautions, String sourceTitle) {
            return new StretchDraft(name, summary, instructions, cues, resolvedCautions, kind, position,
                    equipment == null ? Set.of() : new LinkedHashSet<>(equipment),
                    purposes == null ? Set.of() : new LinkedHashSet<>(purposes),
                    holdSeconds, reps, perSide, primaryMuscles, secondaryMuscles, sourceTitle, pose,
                    contraindications == null ? Set.of() : Set.copyOf(contraindications));
        }
    }
}
