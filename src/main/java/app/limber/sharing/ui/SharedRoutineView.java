package app.limber.sharing.ui;

import app.limber.account.AccountService;
import app.limber.base.ui.CoachWords;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.PhotoStrip;
import app.limber.base.ui.VideoLoop;
import com.vaadin.flow.component.Component;
import app.limber.body.ui.StretchFigure;
import app.limber.coaching.PublishedStep;
import app.limber.sharing.AnonymousShareSessions;
import app.limber.sharing.ShareLinkGoneException;
import app.limber.sharing.ShareLinkPass;
import app.limber.sharing.ShareLookupThrottle;
import app.limber.sharing.SharedRoutine;
import app.limber.sharing.SharingService;
import app.limber.sharing.StepWords;
import app.limber.base.ui.AdviceCard;
import app.limber.library.HydrationAdvice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public page of a share link: the routine's title, the coach's name, purpose, length and
 * steps (each with its dose and the coach's note), with Start (the player) and Print (the handout). No account, no navigation to
 * anything else. A link that does not work says so, the same way whatever the reason.
 */
@Route(value = "s/:token", autoLayout = false)
@AnonymousAllowed
public class SharedRoutineView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";
    /** The class name of a step's figure or video. */
    private static final String STEP_FIGURE = "limber-shared-step-figure";

    final Button start = new Button(getTranslation("shared-routine.start"), VaadinIcon.PLAY.create());
    final Anchor print = new Anchor();

    private final SharingService sharing;
    private final ShareLookupThrottle throttle;
    private final AnonymousShareSessions anonymousSessions;
    private final AccountService accounts;
    private String token;
    /** The link as this page holds it open; null when it did not open. */
    private ShareLinkPass pass;
    private final HydrationAdvice hydration;
    private String title = getTranslation("shared-routine.title");

    public SharedRoutineView(SharingService sharing, ShareLookupThrottle throttle,
                             AnonymousShareSessions anonymousSessions, AccountService accounts, HydrationAdvice hydration) {
        this.sharing = sharing;
        this.hydration = hydration;
        this.throttle = throttle;
        this.anonymousSessions = anonymousSessions;
        this.accounts = accounts;
        addClassNames("limber-shared-page");
        getElement().setAttribute("role", "main");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("limber-shared-start");
        start.addClickListener(click -> start());
        print.setText(getTranslation("shared-routine.print"));
        print.addClassName("limber-link-button");
        print.setTarget(AnchorTarget.BLANK);
        // a plain link to the server's handout page, not a route of this app
        print.getElement().setAttribute("router-ignore", true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        pass = null;
        token = event.getRouteParameters().get(TOKEN).orElse("");
        if (!throttle.tryViewLookup(token)) {
            showMessage(VaadinIcon.HOURGLASS, getTranslation("share-link.too-many-title"), getTranslation("share-link.too-many"));
            return;
        }
        if (accounts.currentUserId().isEmpty() && VaadinSession.getCurrent() != null) {
            anonymousSessions.shorten(VaadinSession.getCurrent().getSession());
        }
        sharing.openPage(token).ifPresentOrElse(opened -> {
            pass = opened.pass();
            show(opened.routine());
        }, this::showGone);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // no account, no stored choice: follow the device's light or dark setting
        attachEvent.getUI().getPage().setColorScheme(ColorScheme.Value.LIGHT_DARK);
    }

    @Override
    public String getPageTitle() {
        return title + " \u00b7 Limber";
    }

    private void show(SharedRoutine routine) {
        title = routine.title();
        var brand = new Span("Limber");
        brand.addClassName("limber-brand");
        var heading = new H1(routine.title());
        var coach = new Paragraph(getTranslation("shared-routine.from", routine.coachName()));
        coach.addClassName("limber-shared-coach");
        var facts = new Div(badge(StepWords.purpose(routine.purpose())), new Span(StepWords.length(routine)));
        facts.addClassName("limber-shared-facts");
        var header = new Div(brand, heading, coach, facts);
        header.addClassName("limber-shared-header");
        add(header);
        if (!routine.description().isBlank()) {
            var description = new Paragraph(routine.description());
            description.addClassName("limber-shared-description");
            add(description);
        }
        var steps = new OrderedList();
        steps.addClassName("limber-shared-steps");
        for (PublishedStep step : routine.steps()) {
            var name = new Span(step.name());
            name.addClassName("limber-shared-step-name");
            var dose = new Span(StepWords.dose(step.dose()));
            dose.addClassName("limber-shared-step-dose");
            Component figure = step.video() != null
                    ? new VideoLoop(step.name(), "s/" + token + "/videos/" + step.video(), 0, 0)
                    : StretchFigure.of(step.pose(), step.primaryMuscles(), step.secondaryMuscles(), step.name(),
                    StretchFigure.Size.SMALL);
            figure.getElement().getClassList().add(STEP_FIGURE);
            var item = new ListItem(figure, name, dose);
            if (!step.summary().isBlank()) {
                var summary = new Span(step.summary());
                summary.addClassName("limber-shared-step-summary");
                item.add(summary);
            }
            if (!step.contraindications().isEmpty()) {
                // one paragraph: the step's card stays one list item of the steps
                var check = new Paragraph(getTranslation("shared-routine.check-before", String.join(" ", step.contraindicationCautions())));
                check.addClassNames("limber-cautions", "limber-contraindications");
                item.add(check);
            }
            if (!step.dose().note().isBlank()) {
                // the same words as on the handout and in the PDF
                var note = new CoachWords(getTranslation("shared-routine.coach-note"), step.dose().note());
                note.addClassName("limber-shared-step-note");
                item.add(note);
            }
            if (!step.photos().isEmpty()) {
                item.add(new PhotoStrip(step.name(), step.photos(), photo -> "s/" + token + "/photos/" + photo));
            }
            item.addClassName("limber-card");
            steps.add(item);
        }
        add(new H2(getTranslation("shared-routine.steps")), steps);
        hydration.cardFor(routine.purpose())
                .ifPresent(card -> add(new AdviceCard(card.title(), card.amounts(), card.warning(), card.source())));
        print.setHref("s/" + token + "/handout");
        var actions = new Div(start, print);
        actions.addClassName("limber-shared-actions");
        add(actions);
    }

    /**
     * Start checks the link first (in memory, through the page's pass): a link revoked on any node
     * while the page was open stops here, with the reason.
     */
    void start() {
        if (pass == null || !pass.stillWorks()) {
            showGone();
            return;
        }
        // one tap: the player starts the countdown at once (its "start" parameter)
        getUI().ifPresent(ui -> ui.navigate("s/" + token + "/play", com.vaadin.flow.router.QueryParameters.of("start", "")));
    }

    private void showGone() {
        title = ShareLinkGoneException.GONE.shown();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        showMessage(VaadinIcon.UNLINK, ShareLinkGoneException.GONE.shown(), ShareLinkGoneException.GONE_EXPLANATION.shown());
    }

    private void showMessage(VaadinIcon icon, String heading, String text) {
        removeAll();
        var brand = new Span("Limber");
        brand.addClassName("limber-brand");
        add(brand, new EmptyState(icon, heading, text));
    }

    private static Span badge(String text) {
        var badge = new Span(text);
        badge.addClassName("limber-shared-badge");
        return badge;
    }
}
