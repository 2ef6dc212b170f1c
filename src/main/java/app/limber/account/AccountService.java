package app.limber.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static app.limber.account.InvalidSignUpException.Field.DISPLAY_NAME;
import static app.limber.account.InvalidSignUpException.Field.EMAIL;
import static app.limber.account.InvalidSignUpException.Field.PASSWORD;

/**
 * Accounts: sign-up, who is signed in, and their preferences.
 *
 * <p>Sign-up never tells whether an email already has an account: a taken email is
 * answered exactly like a new one (same checks, same password hashing, same result),
 * and the existing account is left untouched.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 64;
    /** bcrypt reads at most 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_EMAIL_LENGTH = 254;

    private static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                   TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates a coach account. Open to anyone (it is the sign-up page).
     *
     * @throws InvalidSignUpException when a field breaks a rule; nothing is stored
     */
    @PreAuthorize("permitAll()")
    public void signUpCoach(SignUp signUp) {
        register(signUp, Role.COACH);
    }

    /**
     * Creates an athlete account through a coach's invite: the invite is redeemed in the same
     * transaction, so a refused invite leaves no account. A taken email is refused here (the
     * person is asked to log in instead), since the invite page must say what to do next.
     *
     * @return the new athlete's account id
     * @throws InvalidSignUpException when a field breaks a rule or the email has an account; nothing is stored
     */
    @PreAuthorize("permitAll()")
    public long signUpAthlete(SignUp signUp, AthleteInvitation invitation) {
        check(signUp);
        String email = normalizeEmail(signUp.email());
        String hash = passwordEncoder.encode(signUp.password());
        try {
            return transactions.execute(status -> {
                if (accounts.existsByEmail(email)) {
                    throw new InvalidSignUpException(Map.of(EMAIL, JOIN_REFUSED_WORDS));
                }
                UserAccount account = accounts.saveAndFlush(new UserAccount(email, signUp.displayName().strip(), hash,
                        Role.ATHLETE, clock.instant()));
                invitation.redeem(account.getId());
                return account.getId();
            });
        } catch (DataIntegrityViolationException sameEmailAtTheSameMoment) {
            throw new InvalidSignUpException(Map.of(EMAIL, JOIN_REFUSED_WORDS));
        }
    }

    /**
     * Creates an account with the given role. Athletes arrive through a coach's invite, so
     * this stays inside the account feature: the demo accounts use it.
     *
     * @throws InvalidSignUpException when a field breaks a rule; nothing is stored
     */
    @PreAuthorize("permitAll()") // sign-up and the demo accounts, before anyone is signed in
    void register(SignUp signUp, Role role) {
        check(signUp);
        String email = normalizeEmail(signUp.email());
        String displayName = signUp.displayName().strip();
        String password = signUp.password();

        // Hash before looking the email up, so a taken email costs the same time as a new one.
        String hash = passwordEncoder.encode(password);
        try {
            transactions.executeWithoutResult(status -> {
                if (!accounts.existsByEmail(email)) {
                    accounts.saveAndFlush(new UserAccount(email, displayName, hash, role, clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException refused) {
            if (!accounts.existsByEmail(email)) {
                throw refused;
            }
            // Someone signed up with the same email at the same moment; theirs stands.
            log.debug("Concurrent sign-up for one email; keeping the first");
        }
    }

    /** @throws InvalidSignUpException naming every field that breaks a rule */
    static void check(SignUp signUp) {
        String email = normalizeEmail(signUp.email());
        String displayName = signUp.displayName() == null ? "" : signUp.displayName().strip();
        String password = signUp.password() == null ? "" : signUp.password();
        Map<InvalidSignUpException.Field, AccountWords> errors = new EnumMap<>(InvalidSignUpException.Field.class);
        emailProblem(email).ifPresent(message -> errors.put(EMAIL, message));
        nameProblem(displayName).ifPresent(message -> errors.put(DISPLAY_NAME, message));
        passwordProblem(password).ifPresent(message -> errors.put(PASSWORD, message));
        if (!errors.isEmpty()) {
            throw new InvalidSignUpException(errors);
        }
    }

    /** The signed-in person, or empty for an anonymous visitor. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<SignedInUser> currentUser() {
        return currentAccountId().flatMap(accounts::findById).map(UserAccount::toSignedInUser);
    }

    /**
     * The signed-in person's account id, straight from the login (no database query), or
     * empty for an anonymous visitor. Services use it for ownership checks.
     */
    @PreAuthorize("permitAll()")
    public Optional<Long> currentUserId() {
        return currentAccountId();
    }

    /** Display names of the given accounts, by id (for rosters, assignments and sessions). */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findDisplayNames(ids).stream()
                .collect(java.util.stream.Collectors.toMap(DisplayName::id, DisplayName::displayName));
    }

    /**
     * Display names and time zones of the given accounts, by id, in one query: a coach counts each
     * athlete's days and weeks in the athlete's own zone.
     */
    @Transactional(readOnly = true)
    public Map<Long, NameAndZone> namesAndZones(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findDisplayNames(ids).stream().collect(java.util.stream.Collectors.toMap(DisplayName::id,
                name -> new NameAndZone(name.id(), name.displayName(),
                        TimeZones.parse(name.timeZone()).orElse(java.time.ZoneOffset.UTC))));
    }

    /** The signed-in person's time zone (UTC while no browser has told it), in one query. */
    @Transactional(readOnly = true)
    public java.time.ZoneId myTimeZone() {
        long id = currentAccountId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        return TimeZones.parse(accounts.findTimeZone(id)).orElse(java.time.ZoneOffset.UTC);
    }

    /**
     * Takes the time zone the browser reports, on the first sign-in: only when none is stored yet
     * (a zone the person chose in their settings stays). An unknown name is ignored.
     */
    @Transactional
    public void adoptBrowserTimeZone(String browserZone) {
        long id = currentAccountId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        TimeZones.parse(browserZone).ifPresent(zone -> accounts.findById(id)
                .filter(account -> account.getTimeZone() == null)
                .ifPresent(account -> account.setTimeZone(zone.getId())));
    }

    /**
     * The signed-in person chose their time zone in their settings.
     *
     * @throws AccountRefusedException when it is not a time zone on the list; nothing changes
     */
    @Transactional
    public void changeTimeZone(String zoneId) {
        long id = currentAccountId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        if (zoneId == null || !TimeZones.ALL.contains(zoneId)) {
            throw new AccountRefusedException(AccountWords.of("account-error.time-zone",
                    "Choose a time zone from the list, for example Europe/Madrid."));
        }
        accounts.findById(id).ifPresent(account -> account.setTimeZone(zoneId));
    }

    /**
     * A coach's display name, for a visitor who holds a link of that coach's (an invite or a
     * share link; no one is signed in on the join page or the public share page). It checks
     * nothing itself: only the roster and sharing services call it, after they have checked the
     * link's token (an ArchUnit rule keeps it so).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> coachNameForLink(long coachId) {
        return accounts.findById(coachId).map(UserAccount::getDisplayName);
    }

    /**
     * An athlete's time zone, for the holder of their calendar feed's address (no one is signed in
     * when a calendar app fetches it). It checks nothing itself: only the calendar feed calls it,
     * after it has checked the address's secret.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.time.ZoneId timeZoneForFeed(long athleteId) {
        return TimeZones.parse(accounts.findTimeZone(athleteId)).orElse(java.time.ZoneOffset.UTC);
    }

    /**
     * The language to write an invite to this address in: the account's with that address, if it
     * chose one; else the inviting (signed-in) coach's; else English.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public Locale inviteLanguage(String address) {
        Optional<Language> theirs = accounts.findByEmail(normalizeEmail(address))
                .map(account -> account.toSignedInUser().language());
        if (theirs.isPresent()) {
            return theirs.get().locale();
        }
        return currentUser().map(SignedInUser::language).map(Language::locale).orElse(Language.ENGLISH.locale());
    }

    /**
     * The language an athlete chose, for the holder of their calendar feed's address (no one is
     * signed in); empty when they chose none. Like {@link #timeZoneForFeed}, only the calendar
     * feed calls it, after it has checked the address's secret.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Language> languageForFeed(long athleteId) {
        return accounts.findById(athleteId).map(account -> account.toSignedInUser().language());
    }

    /** Remembers the light or dark look for the signed-in person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberColorScheme(ColorScheme colorScheme) {
        long id = currentAccountId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        accounts.findById(id).ifPresent(account -> account.setColorScheme(colorScheme));
    }

    /** Remembers the language the signed-in person chose for Limber's words. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberLanguage(Language language) {
        java.util.Objects.requireNonNull(language, "language");
        long id = currentAccountId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        accounts.findById(id).ifPresent(account -> account.setLanguage(language));
    }

    /**
     * What every service says of a control character in a text: the words of
     * {@code base.TypedText.CONTROL_CHARACTER}, kept here too because accounts sit below
     * {@code base} (ControlCharactersTest holds them the same).
     */
    /**
     * The join page's answer for an email that has an account: it does not say so (an invite
     * holder could try emails otherwise), only what to do if it is theirs.
     */
    public static final String JOIN_REFUSED = "We couldn't make an account with these details. If you are already on Limber, log in to join instead.";

    /** {@link #JOIN_REFUSED} to show in the reader's language. */
    public static final AccountWords JOIN_REFUSED_WORDS = AccountWords.of("account-error.join-refused", JOIN_REFUSED);

    static final String CONTROL_CHARACTER = "Remove the invisible control character from this text.";

    private static final AccountWords REMOVE_CONTROL_CHARACTER = AccountWords.of("typed.control-character", CONTROL_CHARACTER);

    /** Whether a one-line text (an email, a name) holds a control character, line breaks and tabs included. */
    static boolean hasControlCharacterInLine(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** Whether a text has the shape of an email address (name@example.com), as sign-up checks it. */
    public static boolean looksLikeEmail(String email) {
        String normalized = normalizeEmail(email);
        return !normalized.isEmpty() && !hasControlCharacterInLine(normalized) && normalized.length() <= MAX_EMAIL_LENGTH
                && EMAIL_SHAPE.matcher(normalized).matches();
    }

    /** Lower-cases and trims an email the way accounts store it. */
    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Long> currentAccountId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof LimberUser user) {
            return Optional.of(user.getAccountId());
        }
        return Optional.empty();
    }

    private static Optional<AccountWords> emailProblem(String email) {
        if (email.isEmpty()) {
            return Optional.of(AccountWords.of("account-error.no-email", "Enter your email address."));
        }
        if (hasControlCharacterInLine(email)) {
            return Optional.of(REMOVE_CONTROL_CHARACTER);
        }
        if (email.length() > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.matcher(email).matches()) {
            return Optional.of(AccountWords.of("account-error.email-shape", "Enter an email address like name@example.com."));
        }
        return Optional.empty();
    }

    private static Optional<AccountWords> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of(AccountWords.of("account-error.no-name", "Enter your name as your athletes know you."));
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of(atMost(MAX_NAME_LENGTH));
        }
        if (hasControlCharacterInLine(name)) {
            return Optional.of(REMOVE_CONTROL_CHARACTER);
        }
        return Optional.empty();
    }

    private static Optional<AccountWords> passwordProblem(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of(AccountWords.of("account-error.at-least", "Use at least " + MIN_PASSWORD_LENGTH + " characters.",
                    MIN_PASSWORD_LENGTH));
        }
        if (password.length() > MAX_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of(atMost(MAX_PASSWORD_LENGTH));
        }
        if (password.isBlank()) {
            return Optional.of(AccountWords.of("account-error.only-spaces", "Use letters, numbers or symbols, not only spaces."));
        }
        return Optional.empty();
    }

    private static AccountWords atMost(int characters) {
        return AccountWords.of("account-error.at-most", "Use at most " + characters + " characters.", characters);
    }
}
