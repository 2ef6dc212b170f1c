package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.Language;
import app.limber.base.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An athlete's private calendar feed: an iCalendar file of the sessions their plans ask for,
 * at an address only they know ({@code /calendar/{token}.ics}). The token is 32 random bytes
 * (SecureRandom) in base64url: the first 8 bytes' 11 characters select the feed, the other 24
 * bytes' 32 characters are its secret, compared in constant time. Renewing makes a new token
 * and the old one stops at once; turning it off deletes it.
 *
 * <p>The feed holds the routines given to the athlete by coaches whose roster they are on, by
 * their latest published title, from {@link #DAYS_BACK} days back to {@link #DAYS_AHEAD} days
 * ahead of the athlete's today in their own time zone: an all-day event on each chosen day, and
 * for "3× a week" one event over the days of each week the plan runs. "When a cramp starts" and
 * no plan have none. The feed's words are in the athlete's language (the one they chose, else the
 * reader's, from the calendar app's {@code Accept-Language}); the routines' titles stay as typed.
 */
@Service
@PreAuthorize("denyAll()")
public class CalendarFeedService {

    /** The file's name part of the address: {@code /calendar/} + token + {@code .ics}. */
    public static final String PATH = "/calendar/";
    static final int DAYS_BACK = 14;
    static final int DAYS_AHEAD = 56;

    private static final int SELECTOR_BYTES = 8;
    private static final int SECRET_BYTES = 24;
    private static final int SELECTOR_CHARS = 11;
    private static final int TOKEN_CHARS = 43;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + TOKEN_CHARS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final DateTimeFormatter UID_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final AssignmentRepository assignments;
    private final AccountService accounts;
    private final Clock clock;

    CalendarFeedService(DataSource dataSource, AssignmentRepository assignments, AccountService accounts, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.assignments = assignments;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in athlete's feed token, if their feed is on. */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional(readOnly = true)
    public Optional<String> myFeedToken() {
        return jdbc.sql("select selector || secret from calendar_feed where athlete_id = :me")
                .param("me", me()).query(String.class).optional();
    }

    /**
     * Turns the signed-in athlete's feed on, or renews it: a new token in any case, and the
     * previous one (if any) stops working at once.
     *
     * @return the new token
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public String renewMyFeed() {
        String selector = random(SELECTOR_BYTES);
        String secret = random(SECRET_BYTES);
        jdbc.sql("""
                        insert into calendar_feed (athlete_id, selector, secret, created_at) values (:me, :selector, :secret, :now)
                        on conflict (athlete_id) do update set selector = excluded.selector, secret = excluded.secret,
                            created_at = excluded.created_at
                        """)
                .param("me", me()).param("selector", selector).param("secret", secret)
                .param("now", Timestamp.from(clock.instant())).update();
        return selector + secret;
    }

    /** Turns the signed-in athlete's feed off: its address answers "not found" from now on. */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public void turnOffMyFeed() {
        jdbc.sql("delete from calendar_feed where athlete_id = :me").param("me", me()).update();
    }

    /**
     * The feed at this token, for anyone holding its address (a calendar app, signed in to
     * nothing). The caller counts the look-up against the client first.
     *
     * @param base   the address links start with ({@code https://limber.example.org})
     * @param reader the language of whoever asks, for an athlete who chose none
     * @return the iCalendar file; empty for a token that is not a feed's (wrong, renewed, turned off)
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> feed(String token, String base, Locale reader) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        String selector = token.substring(0, SELECTOR_CHARS);
        byte[] offered = token.substring(SELECTOR_CHARS).getBytes(StandardCharsets.US_ASCII);
        record Feed(long athleteId, String secret) {
        }
        return jdbc.sql("select athlete_id, secret from calendar_feed where selector = :selector")
                .param("selector", selector).query(Feed.class).optional()
                .filter(feed -> MessageDigest.isEqual(feed.secret().getBytes(StandardCharsets.US_ASCII), offered))
                .map(feed -> write(feed.athleteId(), base, reader));
    }

    /** {@link #feed(String, String, Locale)} for a reader of English. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> feed(String token, String base) {
        return feed(token, base, Locale.ENGLISH);
    }

    private byte[] write(long athleteId, String base, Locale reader) {
        Locale language = accounts.languageForFeed(athleteId).map(Language::locale).orElse(reader);
        Instant now = clock.instant();
        ZoneId zone = accounts.timeZoneForFeed(athleteId);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Assignment> given = assignments.findActiveFromRosterCoaches(athleteId).stream()
                .filter(assignment -> assignment.getPlan().plansSessions()).toList();
        Map<Long, String> titles = latestTitles(given.stream().map(Assignment::getRoutineId).toList());
        List<CalendarFile.Event> events = new ArrayList<>();
        for (Assignment assignment : given) {
            String title = titles.get(assignment.getRoutineId());
            if (title != null) {
                events.addAll(events(assignment, title, base, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD), language));
            }
        }
        return CalendarFile.write(Words.of("calendar-feed.name").in(language), now, events);
    }

    /** "Mon, Wed, Fri", "Every day": the days of a plan, in the reader's language. */
    private static String days(Plan plan, Locale reader) {
        if (plan.days().size() == 7) {
            return Words.of("calendar-feed.every-day").in(reader);
        }
        Locale locale = Language.of(reader).locale();
        return plan.days().stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(", "));
    }

    /** The events of one plan on the days from {@code first} to {@code last}, their words in the reader's language. */
    static List<CalendarFile.Event> events(Assignment assignment, String title, String base, LocalDate first, LocalDate last,
                                           Locale reader) {
        Plan plan = assignment.getPlan();
        String url = base + "/my-routines/" + assignment.getRoutineId();
        String note = assignment.getScheduleHint() == null || assignment.getScheduleHint().isBlank()
                ? "" : assignment.getScheduleHint().strip() + "\n";
        List<CalendarFile.Event> events = new ArrayList<>();
        if (plan.kind() == Plan.Kind.DAYS) {
            first.datesUntil(last.plusDays(1)).filter(plan::plannedOn).forEach(day -> events.add(new CalendarFile.Event(
                    uid(assignment, day), day, day.plusDays(1), title,
                    days(plan, reader) + "\n" + note + Words.of("calendar-feed.open", url).in(reader), url)));
        } else if (plan.kind() == Plan.Kind.TIMES) {
            for (LocalDate monday = Plan.weekOf(first); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                List<LocalDate> running = monday.datesUntil(monday.plusDays(7)).filter(plan::runsOn).toList();
                int times = plan.plannedIn(monday);
                if (times == 0) {
                    continue;
                }
                events.add(new CalendarFile.Event(uid(assignment, monday), running.getFirst(), running.getLast().plusDays(1),
                        title, Words.of("calendar-feed.times-this-week", times).in(reader) + "\n" + note
                        + Words.of("calendar-feed.open", url).in(reader), url));
            }
        }
        return events;
    }

    /** Stable per routine given and day: the same session keeps its UID in every fetch. */
    private static String uid(Assignment assignment, LocalDate day) {
        return "assignment-" + assignment.getId() + "-" + UID_DAY.format(day) + "@limber";
    }

    /** The title of each routine's latest published version, in one query. */
    private Map<Long, String> latestTitles(List<Long> routineIds) {
        if (routineIds.isEmpty()) {
            return Map.of();
        }
        record Title(long routineId, String title) {
        }
        return jdbc.sql("""
                        select distinct on (routine_id) routine_id, content ->> 'title' as title from routine_version
                        where routine_id in (:ids) order by routine_id, number desc
                        """)
                .param("ids", routineIds).query(Title.class).list().stream()
                .collect(Collectors.toMap(Title::routineId, Title::title));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return BASE64URL.encodeToString(value);
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
