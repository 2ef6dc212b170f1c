package app.limber.base.ui;

import app.limber.account.AccountService;
import app.limber.account.SignedInUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page sends coaches to their home and athletes to their routines. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    static final String COACH_HOME = "home";
    static final String ATHLETE_HOME = "my-routines";

    private final AccountService accountService;

    public HomeView(AccountService accountService) {
        this.accountService = accountService;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean coach = accountService.currentUser().map(SignedInUser::isCoach).orElse(false);
        event.forwardTo(coach ? COACH_HOME : ATHLETE_HOME);
    }
}
