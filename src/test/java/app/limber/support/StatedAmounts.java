package app.limber.support;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds the places where a text states an amount that belongs to the step's dose: a hold
 * time, a number of seconds, minutes, breaths, reps, swings or turns, or how many times to
 * repeat ("Hold for about 30 seconds", "do each side once or twice", "Do about ten"). The
 * library's own words must leave the amount to the dose the coach sets.
 */
public final class StatedAmounts {

    private static final String NUMBER = "(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|few|a few|several|a couple of|a dozen)";
    private static final String RANGE = NUMBER + "(?:\\s*(?:-|–|to|or)\\s*" + NUMBER + ")?";
    // the moves only in the plural: "one leg and swing" is an instruction, "ten swings" a count
    private static final String UNIT = "(?:s|secs?|seconds?|minutes?|mins?|breaths?|reps?|repetitions?|times|swings"
            + "|turns|lunges|lifts|kicks|circles|steps|each side|per side|per leg)";

    private static final Pattern AMOUNT = Pattern.compile(String.join("|",
            // "30 seconds", "10-15 s", "one slow, deep breath", "a few breaths": a number, at most two words, a unit
            "\\b" + RANGE + "[\\s-]*(?:[a-z]+,?\\s+){0,2}" + UNIT + "\\b",
            // "hold for about", "hold 20", "stay there for about"
            "\\b(?:hold|stay(?: there)?|keep it going)(?: it| the contraction)?\\s+for\\s+(?:about|around|roughly|up to|as long as|\\d)",
            "\\bhold\\s+\\d",
            // "do about ten", "about five", "the same number"... only when a number follows
            "\\b(?:about|around|roughly|up to|at least)\\s+" + "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten"
                    + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\\b",
            // "once or twice", "repeat once more", "twice"
            "\\bonce\\s+(?:or|more|again)\\b", "\\btwice\\b"), Pattern.CASE_INSENSITIVE);

    private StatedAmounts() {
    }

    /** The amounts the text states, as written; empty when it leaves them to the dose. */
    public static List<String> in(String text) {
        return AMOUNT.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
    }
}
