package app.limber.library;

import java.util.List;

/**
 * How much to drink around a run, from article 004 (the source), with a warning against
 * drinking too much: what cramp-relief stretches and routines show next to their steps.
 *
 * @param amounts one line each: before, during, after, the hot hours, thirst
 */
public record HydrationCard(String title, List<String> amounts, String warning, String source) {

    public HydrationCard {
        amounts = List.copyOf(amounts);
    }
}
