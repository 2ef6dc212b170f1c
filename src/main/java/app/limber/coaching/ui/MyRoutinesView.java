package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An athlete's home: the routines their coaches gave them. */
@Route("my-routines")
@PageTitle("My routines · Limber")
@Menu(order = 1, title = "My routines", icon = "vaadin:heart-o")
@RolesAllowed(Role.ATHLETE_NAME)
public class MyRoutinesView extends VerticalLayout {

    public MyRoutinesView() {
        addClassName("limber-page");
        add(new EmptyState(VaadinIcon.HEART_O, "No routines yet",
                "When your coach gives you a routine, it shows up here, ready to follow step by step."));
    }
}
