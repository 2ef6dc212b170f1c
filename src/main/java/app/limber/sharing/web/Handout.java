package app.limber.sharing.web;

import app.limber.sharing.SharedRoutine;

/**
 * What a printable handout shows: a published routine, its coach, and a link with the
 * caption that says what scanning its QR code does.
 */
record Handout(SharedRoutine routine, String link, String linkCaption) {
}
