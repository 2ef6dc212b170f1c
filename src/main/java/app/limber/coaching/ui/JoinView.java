package app.limber.coaching.ui;

import app.limber.account.AccountService;
import app.limber.account.AccountWords;
import app.limber.account.InvalidSignUpException;
import app.limber.account.SignUp;
import app.limber.account.SignInService;
import app.limber.account.SignedInUser;
import app.limber.base.Words;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";
    /** The heading of a link that no longer works, in English. */
    static final String NO_LONGER_WORKS = app.limber.base.Translations.english("join.no-longer-works");

    final EmailField email = new EmailField(getTranslation("join.email"));
    final TextField name = new TextField(getTranslation("join.name"));
    final PasswordField password = new PasswordField(getTranslation("join.password"));
    final Button join = new Button(getTranslation("join.create"));

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
            add(new EmptyState(VaadinIcon.UNLINK, getTranslation("join.no-longer-works"), roster.groupLinkEnded(token)
                    .map(Words::shown).orElse(getTranslation("join.no-longer-works.why"))));
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
        var card = new Div(new H2(getTranslation("join.invites-you", coach)));
        card.addClassNames("limber-card", "limber-auth-card");
        if (!me.isAthlete()) {
            card.add(new Paragraph(getTranslation("join.for-athletes")));
            return card;
        }
        var accept = new Button(getTranslation("join.join-coach", coach), click -> {
            try {
                roster.joinAsSignedInAthlete(token);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InviteNotUsableException gone) {
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new Paragraph(getTranslation("join.logged-in-as", me.displayName())), accept);
        return card;
    }

    private Div signUpForm(String coach) {
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true);
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);
        name.setHelperText(getTranslation("join.name.helper"));
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        password.setHelperText(getTranslation("join.password.helper", AccountService.MIN_PASSWORD_LENGTH));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var intro = new Paragraph(getTranslation("join.intro", coach));
        var logIn = new Paragraph(getTranslation("join.already") + " ");
        logIn.add(new Anchor("join/" + token + "/accept", getTranslation("join.log-in")));
        logIn.addClassName("limber-auth-switch");
        var card = new Div(new H2(getTranslation("join.join-coach", coach)), intro, email, name, password, join, logIn);
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
            Map<InvalidSignUpException.Field, AccountWords> errors = refused.words();
            errors.forEach((field, message) -> {
                HasValidation component = switch (field) {
                    case EMAIL -> email;
                    case DISPLAY_NAME -> name;
                    case PASSWORD -> password;
                };
                component.setErrorMessage(getTranslation(message.key(), message.arguments()));
                component.setInvalid(true);
            });
        } catch (InviteNotUsableException gone) {
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (JoinThrottledException tooMany) {
            email.setErrorMessage(tooMany.words().shown());
            email.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.page-title");
    }
}
