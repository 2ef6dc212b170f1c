package app.limber.routine.ui;

import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The coach's routines. */
@Route("routines")
@PageTitle("Routines · Limber")
@Menu(order = 2, title = "Routines", icon = "vaadin:list-ol")
@RolesAllowed(Role.COACH_NAME)
public class RoutinesView extends VerticalLayout {

    public RoutinesView() {
        addClassName("limber-page");
        add(new EmptyState(VaadinIcon.LIST_OL, "Routines are coming next",
                "Here you'll build routines from the library: ordered steps with holds, reps and sides, "
                        + "saved as you type."));
    }
}
