package app.limber.base;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The initials on a person's avatar: the first user-perceived character (grapheme cluster) of
 * their first and of their last word, so an emoji, a letter with combining marks or a flag
 * stays whole and never half of a surrogate pair.
 */
public final class Initials {

    private Initials() {
    }

    /** "Casey Coach" → "CC", "Zoë" → "Z", "山田 太郎" → "山太", "🏃 Ana" → "🏃A"; blank → "". */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String word : name.strip().split("[\\s\\p{Z}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        String first = firstCharacter(words.getFirst());
        return words.size() == 1 ? first : first + firstCharacter(words.getLast());
    }

    private static String firstCharacter(String word) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(word);
        String character = word.substring(0, characters.next());
        // upper-case a plain letter only when it stays one character ("ß" would become "SS")
        String upper = character.toUpperCase(Locale.ROOT);
        return upper.codePointCount(0, upper.length()) == character.codePointCount(0, character.length()) ? upper : character;
    }
}
