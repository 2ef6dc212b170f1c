package app.limber.library;

import app.limber.account.AccountService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stretch library: built-in stretches for everyone, and each coach's own stretches
 * for that coach only. Another coach's stretch is answered exactly like one that does
 * not exist.
 */
@Service
@PreAuthorize("hasRole('COACH')")
public class LibraryService {

    private final StretchRepository stretches;
    private final LibrarySearch search;
    private final AccountService accounts;
    private final Clock clock;

    LibraryService(StretchRepository stretches, LibrarySearch search, AccountService accounts, Clock clock) {
        this.stretches = stretches;
        this.search = search;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One page of the library, filtered, ordered by name. */
    @Transactional(readOnly = true)
    public List<StretchCard> search(LibraryFilter filter, int offset, int limit) {
        return search.page(filter, coachId(), offset, limit);
    }

    /** How many stretches match the filter. */
    @Transactional(readOnly = true)
    public int count(LibraryFilter filter) {
        return search.count(filter, coachId());
    }

    /** The given stretches that the coach may see, by id (archived ones too); one query. */
    @Transactional(readOnly = true)
    public Map<Long, StretchCard> cards(Collection<Long> ids) {
        return search.cards(ids, coachId());
    }

    /** The full content of the given stretches that the coach may see, by id (archived ones too); one query. */
    @Transactional(readOnly = true)
    public Map<Long, StretchDetails> details(Collection<Long> ids) {
        long coachId = coachId();
        return stretches.findAllById(ids).stream()
                .filter(stretch -> stretch.getOwnerId() == null || stretch.getOwnerId() == coachId)
                .collect(java.util.stream.Collectors.toMap(Stretch::getId, stretch -> stretch.toDetails(coachId)));
    }

    /** The built-in stretches with these slugs, by slug (for starter templates); one query. */
    @Transactional(readOnly = true)
    public Map<String, Long> builtInIds(Collection<String> slugs) {
        return search.builtInIds(slugs);
    }

    /** A built-in stretch or one of the coach's own (archived ones too: routines still show them). */
    @Transactional(readOnly = true)
    public Optional<StretchDetails> find(long id) {
        long coachId = coachId();
        return stretches.findVisible(id, coachId).map(stretch -> stretch.toDetails(coachId));
    }

    /**
     * Adds a stretch of the coach's own.
     *
     * @throws InvalidStretchException when a field breaks a rule; nothing is stored
     */
    @Transactional
    public StretchDetails create(StretchDraft draft) {
        long coachId = coachId();
        check(draft, coachId, null);
        var stretch = new Stretch(uniqueSlug(coachId, draft.name()), coachId, clock.instant());
        stretch.apply(draft, clock.instant());
        return stretches.saveAndFlush(stretch).toDetails(coachId);
    }

    /**
     * Changes one of the coach's own stretches.
     *
     * @param version the version the coach was editing; a newer one means someone else changed it
     * @throws StretchNotFoundException  when it is not the coach's own stretch
     * @throws StretchChangedException   when it changed since the coach opened it
     * @throws InvalidStretchException   when a field breaks a rule; nothing is stored
     */
    @Transactional
    public StretchDetails update(long id, long version, StretchDraft draft) {
        long coachId = coachId();
        Stretch stretch = own(id, coachId);
        if (stretch.getVersion() != version) {
            throw new StretchChangedException(id);
        }
        check(draft, coachId, id);
        stretch.apply(draft, clock.instant());
        try {
            return stretches.saveAndFlush(stretch).toDetails(coachId);
        } catch (OptimisticLockingFailureException changedAtTheSameMoment) {
            throw new StretchChangedException(id);
        }
    }

    /** Takes one of the coach's own stretches out of the library; routines using it keep it. */
    @Transactional
    public void archive(long id) {
        own(id, coachId()).archive(clock.instant());
    }

    /** Brings an archived stretch of the coach's own back into the library. */
    @Transactional
    public StretchDetails restore(long id) {
        long coachId = coachId();
        Stretch stretch = own(id, coachId);
        if (stretch.isArchived()) {
            if (stretches.nameTaken(stretch.getName(), coachId, id)) {
                throw new InvalidStretchException(Map.of(InvalidStretchException.Field.NAME,
                        "Another stretch is now called \"" + stretch.getName() + "\"; rename one of them first."));
            }
            stretch.restore(clock.instant());
        }
        return stretch.toDetails(coachId);
    }

    /** What a copy's source says: every article of a built-in where they fit the field, else the main one. */
    private static String copiedSource(Stretch original) {
        List<String> articles = original.getSources();
        String all = String.join("; ", articles);
        return articles.isEmpty() || all.length() > StretchRules.MAX_SOURCE ? original.toDraft().source() : all;
    }

    /** Copies a built-in stretch (or one of the coach's own) into a new stretch of the coach's own. */
    @Transactional
    public StretchDetails copy(long id) {
        long coachId = coachId();
        Stretch original = stretches.findVisible(id, coachId).orElseThrow(() -> new StretchNotFoundException(id));
        StretchDraft draft = original.toDraft();
        String name = copyName(draft.name(), coachId);
        var copy = new Stretch(uniqueSlug(coachId, name), coachId, clock.instant());
        copy.apply(new StretchDraft(name, draft.summary(), draft.instructions(), draft.cues(), draft.cautions(),
                draft.kind(), draft.position(), draft.equipment(), draft.purposes(), draft.holdSeconds(), draft.reps(),
                draft.perSide(), draft.primaryMuscles(), draft.secondaryMuscles(), copiedSource(original), draft.pose(),
                draft.contraindications()), clock.instant());
        copy.setCopiedFromId(original.getId());
        return stretches.saveAndFlush(copy).toDetails(coachId);
    }

    private void check(StretchDraft draft, long coachId, Long exceptId) {
        Map<InvalidStretchException.Field, String> problems = StretchRules.problems(draft);
        if (!problems.containsKey(InvalidStretchException.Field.NAME)
                && stretches.nameTaken(draft.name().strip(), coachId, exceptId)) {
            problems.put(InvalidStretchException.Field.NAME,
                    "There is already a stretch called \"" + draft.name().strip() + "\" in your library.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidStretchException(problems);
        }
    }

    private Stretch own(long id, long coachId) {
        return stretches.findById(id)
                .filter(stretch -> stretch.getOwnerId() != null && stretch.getOwnerId() == coachId)
                .orElseThrow(() -> new StretchNotFoundException(id));
    }

    private String copyName(String name, long coachId) {
        String base = name.length() > StretchRules.MAX_NAME - 12 ? name.substring(0, StretchRules.MAX_NAME - 12).strip() : name;
        String candidate = base + " (my copy)";
        for (int number = 2; stretches.nameTaken(candidate, coachId, null); number++) {
            candidate = base + " (my copy " + number + ")";
        }
        return candidate;
    }

    private String uniqueSlug(long coachId, String name) {
        String base = slugOf(name);
        String candidate = base;
        for (int number = 2; stretches.existsByOwnerIdAndSlug(coachId, candidate); number++) {
            candidate = base + "-" + number;
        }
        return candidate;
    }

    /** Lower-case letters, digits and dashes, from a name. */
    static String slugOf(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            slug = "stretch";
        }
        return slug.length() > 90 ? slug.substring(0, 90) : slug;
    }

    /** The signed-in coach (the role is checked by {@code @PreAuthorize} on the class). */
    private long coachId() {
        return accounts.currentUserId()
                .orElseThrow(() -> new IllegalStateException("Only a signed-in coach uses the library"));
    }
}
