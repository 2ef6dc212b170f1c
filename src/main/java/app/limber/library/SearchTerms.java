package app.limber.library;

import app.limber.body.Muscle;

import java.util.List;
import java.util.Set;

/**
 * A library search as {@link SearchSynonyms} reads it: the phrases that have a meaning
 * ("tight hips") and the other words, each of which a stretch must match.
 *
 * @param meanings the phrases found, in the order typed
 * @param words    the other words, lower-case, without the punctuation around them, in the order typed
 */
record SearchTerms(List<Meaning> meanings, List<String> words) {

    static final SearchTerms NONE = new SearchTerms(List.of(), List.of());

    SearchTerms {
        meanings = List.copyOf(meanings);
        words = List.copyOf(words);
    }

    boolean isEmpty() {
        return meanings.isEmpty() && words.isEmpty();
    }

    /**
     * A phrase with a meaning: a stretch matches when it works any of the muscles most (if
     * any are given) and has any of the purposes (if any are given), or when its name holds
     * the phrase as typed.
     *
     * @param typed the phrase's words as typed (lower-case, without the punctuation around them)
     */
    record Meaning(List<String> typed, Set<Muscle> muscles, Set<Purpose> purposes) {

        Meaning {
            typed = List.copyOf(typed);
            muscles = Set.copyOf(muscles);
            purposes = Set.copyOf(purposes);
        }
    }
}
