package app.limber.coaching.ui;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.ui.RoutineEditorExtension;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Puts publishing (state, Versions, Give to athletes, Publish) into the routine editor. */
@Component
class PublishingEditorExtension implements RoutineEditorExtension {

    private final PublishingService publishing;
    private final AssignmentService assignments;
    private final RosterService roster;
    private final Clock clock;

    PublishingEditorExtension(PublishingService publishing, AssignmentService assignments, RosterService roster, Clock clock) {
        this.publishing = publishing;
        this.assignments = assignments;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public EditorPart open(RoutineDetails routine) {
        return new PublishingBar(routine, publishing, assignments, roster, clock);
    }
}
