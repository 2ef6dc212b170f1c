package app.limber.sharing;

import app.limber.base.Words;
import app.limber.base.TypedText;
import app.limber.account.AccountService;
import app.limber.coaching.Feeling;
import app.limber.coaching.PublishedVersion;
import app.limber.coaching.PublishingService;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Share links: a coach makes capability URLs for a published routine (a random 128-bit
 * token, optional label and expiry date, pinned to a version or following the latest),
 * sees how often each was opened and finished, and revokes them. Anyone holding a working
 * token can open the routine without an account; a wrong, expired or revoked token all get
 * the same answer, so an answer reveals nothing.
 *
 * <p>Coach methods check the role and, through {@link RoutineService} and
 * {@link PublishingService}, that the routine is the coach's own (another coach's routine
 * or link is not found). Token look-ups are rate-limited at the web edge by
 * {@link ShareLookupThrottle}.
 */
@Service
@PreAuthorize("denyAll()")
public class SharingService {

    public static final int MAX_LABEL = 80;
    /** 16 bytes of randomness, base64url without padding. */
    public static final int TOKEN_LENGTH = 22;
    static final int TOKEN_BYTES = 16;
    /** An expiry date further out than this is a typo, not a plan. */
    static final int MAX_YEARS_AHEAD = 5;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + TOKEN_LENGTH + "}");

    private final ShareLinkRepository links;
    private final ShareCompletionRepository completions;
    private final RoutineService routines;
    private final PublishingService publishing;
    private final AccountService accounts;
    private final ShareLinkChanges changes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SharingService(ShareLinkRepository links, ShareCompletionRepository completions, RoutineService routines,
                   PublishingService publishing, AccountService accounts, ShareLinkChanges changes, Clock clock) {
        this.links = links;
        this.completions = completions;
        this.routines = routines;
        this.publishing = publishing;
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Makes a share link for one of the coach's published routines.
     *
     * @param label     optional, at most {@value #MAX_LABEL} characters
     * @param lastDay   optional last day the link works, in the coach's time zone; their today or later
     * @throws InvalidShareLinkException when the routine was never published or a field breaks a rule; nothing is stored
     * @throws RoutineNotFoundException  when it is not this coach's routine
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public ShareLinkSummary create(long routineId, String label, LastDay lastDay, Pin pin) {
        Optional<Integer> latest = publishing.latestVersionNumber(routineId);
        String trimmed = label == null ? "" : label.strip();
        Map<InvalidShareLinkException.Field, Words> errors = new EnumMap<>(InvalidShareLinkException.Field.class);
        if (latest.isEmpty()) {
            errors.put(InvalidShareLinkException.Field.ROUTINE, Words.of("share-link.error.not-published"));
        }
        if (trimmed.length() > MAX_LABEL) {
            errors.put(InvalidShareLinkException.Field.LABEL, Words.of("share-link.error.label-too-long", MAX_LABEL));
        } else if (TypedText.hasControlCharacterInLine(trimmed)) {
            errors.put(InvalidShareLinkException.Field.LABEL, TypedText.REMOVE_CONTROL_CHARACTER);
        }
        LocalDate today = lastDay == null ? null : lastDay.todayAt(clock.instant());
        if (lastDay != null && lastDay.day().isBefore(today)) {
            errors.put(InvalidShareLinkException.Field.EXPIRES_ON, Words.of("share-link.error.past-day"));
        } else if (lastDay != null && lastDay.day().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.put(InvalidShareLinkException.Field.EXPIRES_ON, Words.of("share-link.error.too-far", MAX_YEARS_AHEAD));
        }
        if (!errors.isEmpty()) {
            throw new InvalidShareLinkException(errors);
        }
        Integer pinned = pin == Pin.LATEST_PUBLISHED ? null : latest.get();
        ShareLink link = new ShareLink(newUniqueToken(), coachId(), routineId, trimmed, pinned, clock.instant(), lastDay);
        try {
            link = links.saveAndFlush(link);
        } catch (DataIntegrityViolationException sameToken) {
            // 2^-128 per pair: only a broken random source gets here; refuse loudly rather than share a link twice
            throw new IllegalStateException("A new share link's token was already taken", sameToken);
        }
        return summary(link, 0, 0);
    }

    /**
     * The routine's share links, newest first, with how often each was opened and finished.
     *
     * @throws RoutineNotFoundException when it is not this coach's routine
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<ShareLinkSummary> links(long routineId) {
        routines.title(routineId); // ownership: another coach's routine is not found
        return linksOf(routineId);
    }

    /**
     * Everything the routine's share-links page shows, in five queries however many links: the
     * routine's title (the ownership check), its latest version number (with its own check), the
     * links, and how often each was finished.
     *
     * @throws RoutineNotFoundException when it is not this coach's routine
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public RoutineLinks routineLinks(long routineId) {
        String title = routines.title(routineId);
        Optional<Integer> latest = publishing.latestVersionNumber(routineId);
        return new RoutineLinks(routineId, title, latest, latest.isEmpty() ? List.of() : linksOf(routineId));
    }

    private List<ShareLinkSummary> linksOf(long routineId) {
        List<ShareLink> found = links.findByRoutineIdAndCoachIdOrderByCreatedAtDescIdDesc(routineId, coachId());
        Map<Long, Long> finished = new HashMap<>();
        Map<Long, Long> opened = new HashMap<>();
        if (!found.isEmpty()) {
            List<Long> ids = found.stream().map(ShareLink::getId).toList();
            completions.countByLink(ids).forEach(row -> finished.put((Long) row[0], (Long) row[1]));
            links.countOpensByLink(ids).forEach(row -> opened.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return found.stream().map(link -> summary(link, opened.getOrDefault(link.getId(), 0L),
                finished.getOrDefault(link.getId(), 0L))).toList();
    }

    /**
     * Stops a link: its next request, and the next action of anyone who has it open on any node,
     * gets "This link no longer works" ({@link ShareLinkChanges} tells every node). Revoking a
     * revoked link changes nothing.
     *
     * @throws ShareLinkNotFoundException when it is not one of this coach's links
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void revoke(long shareLinkId) {
        ShareLink link = links.findByIdAndCoachId(shareLinkId, coachId()).orElseThrow(ShareLinkNotFoundException::new);
        if (link.state(clock.instant()) != ShareLinkState.REVOKED) {
            link.revoke(clock.instant());
            changes.changed(link.getId());
        }
    }

    /**
     * The routine's latest published version as the coach's own printable handout, with the
     * coach's name.
     *
     * @return empty when the routine was never published
     * @throws RoutineNotFoundException when it is not this coach's routine
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public Optional<SharedRoutine> handout(long routineId) {
        return publishing.latestVersionNumber(routineId)
                .flatMap(number -> publishing.versionForShareLink(routineId, number))
                .map(version -> new SharedRoutine(null, coachName(coachId()), version.number(), version.routine()));
    }

    /**
     * Opens a share link for anyone who has it (no account needed) and counts the open.
     *
     * @return what the public page shows; empty for a wrong, expired or revoked token alike
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<SharedRoutine> open(String token) {
        return openPage(token).map(OpenShareLink::routine);
    }

    /**
     * Like {@link #open}, for the public page: with the pass that checks the link at the page's
     * later actions (Start) without asking the database each time.
     *
     * @return empty for a wrong, expired or revoked token alike
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<OpenShareLink> openPage(String token) {
        Optional<OpenShareLink> opened = withPass(token);
        opened.ifPresent(link -> links.countOpen(link.pass().linkId(), clock.instant()));
        return opened;
    }

    /**
     * For the share player: what the link shows (no open is counted: the page counted it) with
     * the pass that checks the link at each of the player's actions, in memory; a link revoked on
     * any node, or expired, stops the player at its next action.
     *
     * @return empty for a wrong, expired or revoked token alike
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<OpenShareLink> openPlayer(String token) {
        return withPass(token);
    }

    private Optional<OpenShareLink> withPass(String token) {
        ShareLinkChanges.Stamp stamp = changes.stamp(); // before the look-up: a change after it is heard
        Optional<ShareLink> link = usableLink(token);
        return link.flatMap(this::show).map(routine -> new OpenShareLink(routine,
                new ShareLinkPass(changes, link.get().getId(), link.get().terms(), stamp)));
    }

    /** Like {@link #open} without counting an open: for the printable handout and its PDF. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<SharedRoutine> view(String token) {
        return usableLink(token).flatMap(this::show);
    }

    /** Whether the version a working share link shows has a step with this photo (no open is counted). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean showsPhoto(String token, String photoToken) {
        return view(token).filter(routine -> routine.steps().stream().anyMatch(step -> step.photos().contains(photoToken)))
                .isPresent();
    }

    /** Whether the version a working share link shows has a step with this video (no open is counted). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean showsVideo(String token, String videoToken) {
        return view(token).filter(routine -> routine.steps().stream().anyMatch(step -> videoToken.equals(step.video())))
                .isPresent();
    }

    /** Whether the token opens a routine right now, asking the database (no open is counted). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean isUsable(String token) {
        return usableLink(token).isPresent();
    }

    /**
     * For a viewer's next action: refuses a token that stopped working meanwhile.
     *
     * @throws ShareLinkGoneException when the token is wrong, expired or revoked
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public void requireUsable(String token) {
        if (!isUsable(token)) {
            throw new ShareLinkGoneException();
        }
    }

    /**
     * Counts an anonymous completion of the version the link shows now, with how it felt.
     * Nothing about the person is stored.
     *
     * @param feeling null when they skipped the question
     * @throws ShareLinkGoneException when the token is wrong, expired or revoked
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordCompletion(String token, Feeling feeling) {
        recordCompletion(token, 0, feeling);
    }

    /**
     * Counts an anonymous completion of the version that was played (a link that follows the
     * latest version may have moved on while it was played; a pinned link counts its own).
     *
     * @param playedVersion the version played; 0 for the one the link shows now
     * @throws ShareLinkGoneException when the token is wrong, expired or revoked
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordCompletion(String token, int playedVersion, Feeling feeling) {
        ShareLink link = usableLink(token).orElseThrow(ShareLinkGoneException::new);
        Integer which = link.getPinnedVersion() != null || playedVersion <= 0 ? link.getPinnedVersion() : Integer.valueOf(playedVersion);
        PublishedVersion version = publishing.versionForShareLink(link.getRoutineId(), which)
                .orElseThrow(ShareLinkGoneException::new);
        completions.save(new ShareCompletion(link.getId(), version.number(), clock.instant(), feeling));
    }

    /** Whether the string has the shape of a share-link token (22 base64url characters). */
    public static boolean looksLikeToken(String token) {
        return token != null && TOKEN_SHAPE.matcher(token).matches();
    }

    private Optional<ShareLink> usableLink(String token) {
        if (!looksLikeToken(token)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return links.findByToken(token).filter(link -> link.state(now) == ShareLinkState.ACTIVE);
    }

    private Optional<SharedRoutine> show(ShareLink link) {
        return publishing.versionForShareLink(link.getRoutineId(), link.getPinnedVersion())
                .map(version -> new SharedRoutine(link.getToken(), coachName(link.getCoachId()), version.number(),
                        version.routine()));
    }

    private String coachName(long coachId) {
        return accounts.coachNameForLink(coachId).orElseGet(() -> app.limber.base.Words.of("fallback.your-coach").shown());
    }

    /** @param opened the opens appended since V21; the link's own count holds those before */
    private ShareLinkSummary summary(ShareLink link, long opened, long finished) {
        return new ShareLinkSummary(link.getId(), link.getToken(), link.getLabel(), link.getCreatedAt(),
                link.getExpiresOn(), link.getPinnedVersion(), (int) Math.min(Integer.MAX_VALUE, link.getOpens() + opened),
                finished, link.state(clock.instant()));
    }

    private String newUniqueToken() {
        String token;
        do {
            byte[] bytes = new byte[TOKEN_BYTES];
            random.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (links.existsByToken(token));
        return token;
    }

    private long coachId() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
