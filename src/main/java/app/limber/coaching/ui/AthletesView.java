package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The coach's roster. */
@Route("athletes")
@PageTitle("Athletes · Limber")
@Menu(order = 3, title = "Athletes", icon = "vaadin:users")
@RolesAllowed(Role.COACH_NAME)
public class AthletesView extends VerticalLayout {

    public AthletesView() {
        addClassName("limber-page");
        add(new EmptyState(VaadinIcon.USERS, "Your athletes are coming next",
                "Soon you'll invite athletes with a link, group them and see who did their routines."));
    }
}
