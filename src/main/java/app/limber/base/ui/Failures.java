package app.limber.base.ui;

import app.limber.base.Words;
import app.limber.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What a person is told of a failure Limber did not expect, and what the server log keeps:
 * the person reads plain words and a short reference; the log has the reference with the
 * whole failure, so support can find it. No exception text ever reaches the page.
 */
public final class Failures {

    public static final String DATABASE_AWAY_TITLE = "Limber can't reach its database";
    public static final String DATABASE_AWAY = "Everything saved so far is safe. Try again in a minute.";
    public static final String UNEXPECTED_TITLE = "Something went wrong";
    public static final String UNEXPECTED = "This is our fault, not yours. Try again, and if it keeps happening, tell us the reference below.";
    /** {@link #DATABASE_AWAY_TITLE} in the reader's language. */
    public static final Words DATABASE_AWAY_TITLE_WORDS = Words.of("failures.database-away.title");
    /** {@link #DATABASE_AWAY} in the reader's language. */
    public static final Words DATABASE_AWAY_WORDS = Words.of("failures.database-away.text");
    /** {@link #UNEXPECTED_TITLE} in the reader's language. */
    public static final Words UNEXPECTED_TITLE_WORDS = Words.of("failures.unexpected.title");
    /** {@link #UNEXPECTED} in the reader's language. */
    public static final Words UNEXPECTED_WORDS = Words.of("failures.unexpected.text");

    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    private static final SecureRandom random = new SecureRandom();

    /** One failure as told: whether the database is away, and the reference it is logged under. */
    public record Told(boolean databaseAway, String reference) {

        public String title() {
            return databaseAway ? DATABASE_AWAY_TITLE : UNEXPECTED_TITLE;
        }

        public String text() {
            return databaseAway ? DATABASE_AWAY : UNEXPECTED;
        }

        /** {@link #title()} in the reader's language. */
        public Words titleWords() {
            return databaseAway ? DATABASE_AWAY_TITLE_WORDS : UNEXPECTED_TITLE_WORDS;
        }

        /** {@link #text()} in the reader's language. */
        public Words textWords() {
            return databaseAway ? DATABASE_AWAY_WORDS : UNEXPECTED_WORDS;
        }

        /** "Something went wrong. This is our fault, … Reference 1A2B-3C4D.": the whole of it, in one notification. */
        public Words toldInWords() {
            return Words.of("failures.told", titleWords(), textWords(), reference);
        }
    }

    private Failures() {
    }

    /** Logs the failure under a new reference and says how to tell it. */
    public static Told log(String where, Throwable failure) {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        String reference = hex.substring(0, 4) + "-" + hex.substring(4);
        boolean databaseAway = DatabaseOutage.isOutage(failure);
        if (databaseAway) {
            log.warn("Reference {}: {} failed, the database is not answering: {}", reference, where, failure.toString());
        } else {
            log.error("Reference {}: {} failed", reference, where, failure);
        }
        return new Told(databaseAway, reference);
    }
}
