package app.limber.sharing;

import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.library.Purpose;

import java.util.List;

/**
 * What a share link shows to anyone who has it: one published version of a routine and the
 * coach's display name. Nothing else about the coach, their athletes or other routines.
 *
 * @param version the version number shown (the pinned one, or the latest published)
 */
public record SharedRoutine(String token, String coachName, int version, PublishedRoutine routine) {

    public String title() {
        return routine.title();
    }

    public String description() {
        return routine.description();
    }

    /** null for "any time". */
    public Purpose purpose() {
        return routine.purpose();
    }

    public int estimatedSeconds() {
        return routine.estimatedSeconds();
    }

    public List<PublishedStep> steps() {
        return routine.steps();
    }
}
