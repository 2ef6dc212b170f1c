package app.limber.routine.ui;

import app.limber.routine.RoutineDetails;
import com.vaadin.flow.component.Component;

/**
 * A way for another feature to add to the routine editor without the routine feature
 * knowing that feature: coaching puts the publish state and the Publish and "Give to
 * athletes" buttons in the editor's top bar. Every Spring bean implementing this is asked
 * once for each editor that opens; the editor tells the part it got about each stored
 * change, so it can stay up to date.
 */
public interface RoutineEditorExtension {

    /** The part this feature adds to an editor that opened this routine. */
    EditorPart open(RoutineDetails routine);

    /** One editor's part: a component for the top bar that follows the routine. */
    interface EditorPart {

        /** What goes in the editor's top bar. */
        Component component();

        /** The routine as stored now: after each change, and after a reload. */
        void routineChanged(RoutineDetails routine);
    }
}
