package app.limber.sharing.web;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.Locale;

/** The paper a handout is laid out for. */
enum Paper {
    A4("A4", PDRectangle.A4),
    LETTER("letter", PDRectangle.LETTER);

    /** The CSS {@code @page} size keyword. */
    final String cssSize;
    final PDRectangle pdfSize;

    Paper(String cssSize, PDRectangle pdfSize) {
        this.cssSize = cssSize;
        this.pdfSize = pdfSize;
    }

    /** From the {@code paper} request parameter: "letter", or A4 for anything else. */
    static Paper of(String parameter) {
        return parameter != null && parameter.toLowerCase(Locale.ROOT).equals("letter") ? LETTER : A4;
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
