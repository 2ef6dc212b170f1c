package app.limber.coaching.ui;

import app.limber.account.AccountService;
import app.limber.account.InvalidSignUpException;
import app.limber.account.SignUp;
import app.limber.account.SignInService;
import app.limber.account.SignedInUser;
import app.limber.base.ui.EmptyState;
import app.limber.coaching.InviteNotUsableException;
import app.limber.coaching.JoinThrottledException;
import app.limber.coaching.RosterService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;
import java.util.Optional;

/**
 * Where an invite link lands. A new athlete signs up here and is on the coach's roster at
 * once; an existing athlete logs in to join. A link that no longer works says so, the same
 * way whatever the reason.
 */
@Route(value = "join/:token", autoLayout = false)
@PageTitle("Join your coach · Limber")
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver {

    static final String TOKEN = "token";
    static final String NO_LONGER_WORKS = "This invite link no longer works";

    final EmailField email = new EmailField("Email");
    final TextField name = new TextField("Your name");
    final PasswordField password = new PasswordField("Password");
    final Button join = new Button("Create my account and join");

    private final RosterService roster;
    private final AccountService accounts;
    private final SignInService signIn;
    private String token;

    public JoinView(RosterService roster, AccountService accounts, SignInService signIn) {
        this.roster = roster;
        this.accounts = accounts;
        this.signIn = signIn;
        addClassName("limber-auth-page");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        // once: the view is kept when another invite link is opened in the same tab
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(click -> signUp());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get(TOKEN).orElse("");
        var brand = new H1("Limber");
        brand.addClassName("limber-brand");
        add(brand);
        Optional<String> coach = roster.invitingCoach(token);
        if (coach.isEmpty()) {
            add(new EmptyState(VaadinIcon.UNLINK, NO_LONGER_WORKS, roster.groupLinkEnded(token).orElse(
                    "It may have expired, been used already or been withdrawn. Ask your coach for a new invite link.")));
            return;
        }
        Optional<SignedInUser> me = accounts.currentUser();
        if (me.isPresent()) {
            add(signedIn(coach.get(), me.get()));
        } else {
            add(signUpForm(coach.get()));
        }
    }

    private Div signedIn(String coach, SignedInUser me) {
        var card = new Div(new H2(coach + " invites you"));
        card.addClassNames("limber-card", "limber-auth-card");
        if (!me.isAthlete()) {
            card.add(new Paragraph("This link is for athletes. Log out and open it again to join as an athlete."));
            return card;
        }
        var accept = new Button("Join " + coach, click -> {
            try {
                roster.joinAsSignedInAthlete(token);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InviteNotUsableException gone) {
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new Paragraph("You are logged in as " + me.displayName() + "."), accept);
        return card;
    }

    private Div signUpForm(String coach) {
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true);
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);
        name.setHelperText("Shown to your coach");
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var intro = new Paragraph(coach + " invites you to follow their stretching routines on Limber.");
        var logIn = new Paragraph("Already on Limber? ");
        logIn.add(new Anchor("join/" + token + "/accept", "Log in to join"));
        logIn.addClassName("limber-auth-switch");
        var card = new Div(new H2("Join " + coach), intro, email, name, password, join, logIn);
        card.addClassNames("limber-card", "limber-auth-card", "limber-join-card");
        return card;
    }

    private void signUp() {
        for (HasValidation field : new HasValidation[]{email, name, password}) {
            field.setInvalid(false);
        }
        try {
            roster.joinWithNewAccount(token, new SignUp(email.getValue(), name.getValue(), password.getValue()));
            // straight in: no second login right after choosing a password
            signIn.signIn(email.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation("my-routines"));
        } catch (InvalidSignUpException refused) {
            Map<InvalidSignUpException.Field, String> errors = refused.errors();
            errors.forEach((field, message) -> {
                HasValidation component = switch (field) {
                    case EMAIL -> email;
                    case DISPLAY_NAME -> name;
                    case PASSWORD -> password;
                };
                component.setErrorMessage(message);
                component.setInvalid(true);
            });
        } catch (InviteNotUsableException gone) {
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (JoinThrottledException tooMany) {
            email.setErrorMessage(tooMany.getMessage());
            email.setInvalid(true);
        }
    }
}
