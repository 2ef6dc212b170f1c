package app.limber.library.ui;

import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The stretch library a coach builds routines from. */
@Route("library")
@PageTitle("Library · Limber")
@Menu(order = 1, title = "Library", icon = "vaadin:book")
@RolesAllowed(Role.COACH_NAME)
public class LibraryView extends VerticalLayout {

    public LibraryView() {
        addClassName("limber-page");
        add(new EmptyState(VaadinIcon.BOOK, "The stretch library is coming next",
                "Soon you'll find every stretch, drill and cramp-relief technique here, "
                        + "tagged by muscle and ready to drag into a routine."));
    }
}
