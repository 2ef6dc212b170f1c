package app.limber.base;

/** Rules every text a person types into Limber follows, whatever the field. */
public final class TypedText {

    public static final String CONTROL_CHARACTER = "Remove the invisible control character from this text.";

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
}
