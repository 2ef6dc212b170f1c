package app.limber.base;

/** Rules every text a person types into Limber follows, whatever the field. */
public final class TypedText {

    /** What a person reads when a text they typed holds a control character (key {@code typed.control-character}). */
    public static final Words REMOVE_CONTROL_CHARACTER = Words.of("typed.control-character");

    /** {@link #REMOVE_CONTROL_CHARACTER} in English: for the parts of Limber not yet translated. */
    public static final String CONTROL_CHARACTER = REMOVE_CONTROL_CHARACTER.english();

    private TypedText() {
    }

    /**
     * Whether the text holds a control character other than a line break or tab: PostgreSQL
     * cannot store a NUL, and the others are invisible and never meant.
     */
    public static boolean hasControlCharacter(String text) {
        return text != null && text.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\r');
    }

    /** Whether a one-line text (a name, a title, a label, an email) holds any control character, line breaks and tabs included. */
    public static boolean hasControlCharacterInLine(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** A search text as it is searched for: control characters count as spaces (they match nothing anyway). */
    public static String searchable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> result.appendCodePoint(Character.getType(c) == Character.CONTROL ? ' ' : c));
        return result.toString();
    }
}
