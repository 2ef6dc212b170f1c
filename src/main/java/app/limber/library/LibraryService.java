package app.limber.library;

import app.limber.base.Words;
import app.limber.account.AccountService;
import app.limber.account.Language;
import app.limber.account.SignedInUser;
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
        if (ids.isEmpty()) {
            return Map.of();
        }
        long coachId = coachId();
        return stretches.findVisibleWithVariations(ids, coachId).stream()
                .collect(java.util.stream.Collectors.toMap(row -> ((Stretch) row[0]).getId(), row -> details(row, coachId)));
    }

    /**
     * As {@link #details}, and with them each one's easier version (when the coach may see it and it
     * is not archived), by its own id: what publishing freezes with a step. Still one query; an
     * easier version that is not among the given ones comes without its own easier and harder links.
     */
    @Transactional(readOnly = true)
    public Map<Long, StretchDetails> detailsAndEasier(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        long coachId = coachId();
        List<Object[]> rows = stretches.findVisibleWithVariations(ids, coachId);
        Map<Long, StretchDetails> found = new java.util.HashMap<>();
        rows.forEach(row -> found.put(((Stretch) row[0]).getId(), details(row, coachId)));
        for (Object[] row : rows) {
            if (row[1] instanceof Stretch easier && !easier.isArchived() && link(easier, coachId) != null) {
                found.putIfAbsent(easier.getId(), easier.toDetails(coachId, null, null));
            }
        }
        return found;
    }

    /**
     * The easier and harder versions (not archived) of the given stretches that the coach may
     * see, by id; those that name neither are left out. One query.
     */
    @Transactional(readOnly = true)
    public Map<Long, StretchVariations> variations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, StretchVariations> variations = new java.util.HashMap<>();
        for (Object[] row : stretches.findVariations(ids, coachId())) {
            variations.put((Long) row[0], new StretchVariations(link(row[1], row[2]), link(row[3], row[4])));
        }
        return variations;
    }

    /** The built-in stretches with these slugs, by slug (for starter templates); one query. */
    @Transactional(readOnly = true)
    public Map<String, Long> builtInIds(Collection<String> slugs) {
        return search.builtInIds(slugs);
    }

    /** A built-in stretch or one of the coach's own (archived ones too: routines still show them). */
    @Transactional(readOnly = true)
    public Optional<StretchDetails> find(long id) {
        return Optional.ofNullable(details(List.of(id)).get(id));
    }

    /**
     * Adds a stretch of the coach's own.
     *
     * @throws InvalidStretchException when a field breaks a rule; nothing is stored
     */
    @Transactional
    public StretchDetails create(StretchDraft draft) {
        return create(draft, coachesLanguage());
    }

    /**
     * Adds a stretch of the coach's own, its texts written in this language (the page's, in the editor).
     *
     * @throws InvalidStretchException when a field breaks a rule; nothing is stored
     * @throws UnknownContentLanguageException when no language is given; nothing is stored
     */
    @Transactional
    public StretchDetails create(StretchDraft draft, Language writtenIn) {
        long coachId = coachId();
        Language language = spoken(writtenIn);
        check(draft, coachId, null);
        var stretch = new Stretch(uniqueSlug(coachId, draft.name()), coachId, clock.instant());
        stretch.apply(draft, clock.instant());
        stretch.writtenIn(language);
        stretch.linkVariations(draft.easierId(), draft.harderId());
        return stored(stretch, coachId);
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
        return update(id, version, draft, null, false);
    }

    /**
     * As {@link #update(long, long, StretchDraft)}, and its texts are now written in this language.
     *
     * @throws UnknownContentLanguageException when no language is given; nothing is stored
     */
    @Transactional
    public StretchDetails update(long id, long version, StretchDraft draft, Language writtenIn) {
        return update(id, version, draft, writtenIn, true);
    }

    private StretchDetails update(long id, long version, StretchDraft draft, Language writtenIn, boolean changesLanguage) {
        long coachId = coachId();
        Language language = changesLanguage ? spoken(writtenIn) : null;
        Stretch stretch = own(id, coachId);
        if (stretch.getVersion() != version) {
            throw new StretchChangedException(id);
        }
        check(draft, coachId, id);
        stretch.apply(draft, clock.instant());
        if (language != null) {
            stretch.writtenIn(language);
        }
        stretch.linkVariations(draft.easierId(), draft.harderId());
        try {
            return stored(stretch, coachId);
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
                        Words.of("stretch-error.name-taken-now", stretch.getName())));
            }
            stretch.restore(clock.instant());
        }
        return stored(stretch, coachId);
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
        copy.writtenIn(original.getContentLanguage()); // the same texts, in the same language
        // the copy keeps the original's easier and harder versions (stretches this coach sees): no loop can follow
        copy.linkVariations(draft.easierId(), draft.harderId());
        return stored(copy, coachId);
    }

    /**
     * What is wrong with a stretch's content, by field, in the coach's words (empty when it may be
     * stored): the rules of the stretch form, without the check that its name is free.
     */
    public Map<InvalidStretchException.Field, String> problems(StretchDraft draft) {
        return StretchRules.english(StretchRules.problems(draft));
    }

    /** {@link #problems(StretchDraft)} in words, shown in the reader's language. */
    public Map<InvalidStretchException.Field, Words> problemWords(StretchDraft draft) {
        return StretchRules.problems(draft);
    }

    /**
     * A stretch brought in from a file, as one of the coach's own: the coach's own stretch of that
     * name when its content is the same (importing a file twice makes no second copy), otherwise a
     * new one, named "… (imported)" when the name is taken.
     *
     * @return its id
     * @throws InvalidStretchException when a field breaks a rule; nothing is stored
     */
    @Transactional
    public long adopt(StretchDraft draft) {
        long coachId = coachId();
        Map<InvalidStretchException.Field, Words> problems = StretchRules.problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidStretchException(problems);
        }
        var probe = new Stretch("probe", coachId, clock.instant());
        probe.apply(draft, clock.instant());
        StretchDraft wanted = probe.toDraft();
        for (Stretch same : stretches.findByOwnerIdAndNameIgnoreCaseAndArchivedFalse(coachId, wanted.name())) {
            if (same.toDraft().equals(wanted)) {
                return same.getId();
            }
        }
        String name = wanted.name();
        if (stretches.nameTaken(name, coachId, null)) {
            String original = name;
            name = named(original, "stretch-copy.imported", null);
            for (int number = 2; stretches.nameTaken(name, coachId, null); number++) {
                name = named(original, "stretch-copy.imported-numbered", number);
            }
        }
        var stretch = new Stretch(uniqueSlug(coachId, name), coachId, clock.instant());
        stretch.apply(new StretchDraft(name, wanted.summary(), wanted.instructions(), wanted.cues(), wanted.cautions(),
                wanted.kind(), wanted.position(), wanted.equipment(), wanted.purposes(), wanted.holdSeconds(), wanted.reps(),
                wanted.perSide(), wanted.primaryMuscles(), wanted.secondaryMuscles(), wanted.source(), wanted.pose()), clock.instant());
        stretch.writtenIn(coachesLanguage()); // a file does not say: as a stretch the coach writes
        return stretches.saveAndFlush(stretch).getId();
    }

    private void check(StretchDraft draft, long coachId, Long exceptId) {
        Map<InvalidStretchException.Field, Words> problems = StretchRules.problems(draft);
        if (!problems.containsKey(InvalidStretchException.Field.NAME)
                && stretches.nameTaken(draft.name().strip(), coachId, exceptId)) {
            problems.put(InvalidStretchException.Field.NAME, Words.of("stretch-error.name-taken", draft.name().strip()));
        }
        checkVariations(draft, coachId, exceptId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidStretchException(problems);
        }
    }

    /**
     * An easier or harder version must be a stretch the coach can see (an id of anyone else's is
     * answered like one that does not exist), in the library (not archived), not the stretch
     * itself, not both at once, and must not make a loop of "easier than".
     */
    private void checkVariations(StretchDraft draft, long coachId, Long stretchId, Map<InvalidStretchException.Field, Words> problems) {
        Long easier = draft.easierId();
        Long harder = draft.harderId();
        if (easier == null && harder == null) {
            return;
        }
        List<Long> named = java.util.stream.Stream.of(easier, harder).filter(java.util.Objects::nonNull).toList();
        Map<Long, Stretch> found = stretches.findAllById(named).stream()
                .filter(stretch -> stretch.getOwnerId() == null || stretch.getOwnerId() == coachId)
                .collect(java.util.stream.Collectors.toMap(Stretch::getId, stretch -> stretch));
        variationProblem(easier, true, stretchId, found).ifPresent(problem -> problems.put(InvalidStretchException.Field.EASIER, problem));
        variationProblem(harder, false, stretchId, found).ifPresent(problem -> problems.put(InvalidStretchException.Field.HARDER, problem));
        if (problems.containsKey(InvalidStretchException.Field.EASIER) || problems.containsKey(InvalidStretchException.Field.HARDER)) {
            return;
        }
        if (easier != null && easier.equals(harder)) {
            problems.put(InvalidStretchException.Field.HARDER, Words.of("stretch-error.easier-and-harder-same"));
            return;
        }
        List<VariationLinks.Links> links = stretches.findLinks(coachId).stream()
                .map(row -> new VariationLinks.Links((Long) row[0], (Long) row[1], (Long) row[2])).toList();
        if (easier != null && VariationLinks.makesALoop(links, stretchId, easier, null)) {
            problems.put(InvalidStretchException.Field.EASIER, Words.of("stretch-error.easier-loop", found.get(easier).getName()));
        } else if (harder != null && VariationLinks.makesALoop(links, stretchId, easier, harder)) {
            problems.put(InvalidStretchException.Field.HARDER, Words.of("stretch-error.harder-loop", found.get(harder).getName()));
        }
    }

    private static Optional<Words> variationProblem(Long id, boolean easier, Long stretchId, Map<Long, Stretch> found) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.equals(stretchId)) {
            return Optional.of(Words.of(easier ? "stretch-error.own-easier" : "stretch-error.own-harder"));
        }
        Stretch stretch = found.get(id);
        if (stretch == null) {
            return Optional.of(Words.of("stretch-error.not-in-library"));
        }
        if (stretch.isArchived()) {
            return Optional.of(Words.of("stretch-error.archived", stretch.getName()));
        }
        return Optional.empty();
    }

    /** Writes the stretch, and answers it with its easier and harder versions. */
    private StretchDetails stored(Stretch stretch, long coachId) {
        long id = stretches.saveAndFlush(stretch).getId();
        return stretches.findVisibleWithVariations(List.of(id), coachId).stream().findFirst()
                .map(row -> details(row, coachId))
                .orElseThrow(() -> new StretchNotFoundException(id));
    }

    /** A row {@code [stretch, easier, harder]} as the coach sees it. */
    private static StretchDetails details(Object[] row, long coachId) {
        return ((Stretch) row[0]).toDetails(coachId, link((Stretch) row[1], coachId), link((Stretch) row[2], coachId));
    }

    private static StretchLink link(Stretch stretch, long coachId) {
        return stretch == null || (stretch.getOwnerId() != null && stretch.getOwnerId() != coachId)
                ? null : new StretchLink(stretch.getId(), stretch.getName());
    }

    private static StretchLink link(Object id, Object name) {
        return id == null ? null : new StretchLink((Long) id, (String) name);
    }

    private Stretch own(long id, long coachId) {
        return stretches.findById(id)
                .filter(stretch -> stretch.getOwnerId() != null && stretch.getOwnerId() == coachId)
                .orElseThrow(() -> new StretchNotFoundException(id));
    }

    private String copyName(String name, long coachId) {
        String candidate = named(name, "stretch-copy.mine", null);
        for (int number = 2; stretches.nameTaken(candidate, coachId, null); number++) {
            candidate = named(name, "stretch-copy.mine-numbered", number);
        }
        return candidate;
    }

    /**
     * "High knees (my copy 2)": a new stretch's name in the coach's language (English outside a UI),
     * the original shortened so that the whole keeps the longest a name may be.
     */
    private static String named(String original, String key, Integer number) {
        int room = StretchRules.MAX_NAME - (number == null ? Words.of(key, "") : Words.of(key, "", number)).shown().length();
        String base = original.length() > room ? original.substring(0, room).strip() : original;
        return (number == null ? Words.of(key, base) : Words.of(key, base, number)).shown();
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

    /**
     * The language with this code, as a stretch's texts may be written in (English, Spanish,
     * German): what the editor's "Written in" choice or a file names.
     *
     * @throws UnknownContentLanguageException for a code Limber does not speak
     */
    public static Language contentLanguage(String code) {
        return Language.fromCode(code == null ? null : code.strip())
                .orElseThrow(() -> new UnknownContentLanguageException(code));
    }

    private static Language spoken(Language language) {
        if (language == null) {
            throw new UnknownContentLanguageException(null);
        }
        return language;
    }

    /** The language the signed-in coach chose for Limber's words, else English: what a new stretch is written in. */
    private Language coachesLanguage() {
        return accounts.currentUser().map(SignedInUser::language).orElse(Language.ENGLISH);
    }

    /** The signed-in coach (the role is checked by {@code @PreAuthorize} on the class). */
    private long coachId() {
        return accounts.currentUserId()
                .orElseThrow(() -> new IllegalStateException("Only a signed-in coach uses the library"));
    }
}
