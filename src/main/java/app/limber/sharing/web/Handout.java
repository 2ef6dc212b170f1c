package app.limber.sharing.web;

import app.limber.sharing.SharedRoutine;

/**
 * What a printable handout shows: a published routine, its coach, and a link with the
 * caption that says what scanning its QR code does, in the reader's language.
 */
record Handout(SharedRoutine routine, String link, String linkCaption, java.util.Locale reader) {

    /** A handout in English. */
    Handout(SharedRoutine routine, String link, String linkCaption) {
        this(routine, link, linkCaption, java.util.Locale.ENGLISH);
    }
}
