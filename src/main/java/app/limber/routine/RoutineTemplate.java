package app.limber.routine;

import app.limber.library.Purpose;

/** A starter routine a coach can start from. */
public record RoutineTemplate(String slug, String title, Purpose purpose, String description, int steps) {
}
