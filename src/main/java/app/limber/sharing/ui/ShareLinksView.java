package app.limber.sharing.ui;

import app.limber.account.Role;
import app.limber.base.PublicAddress;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.UserTime;
import app.limber.routine.RoutineNotFoundException;
import app.limber.sharing.RoutineLinks;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A routine's share links: make one (label, expiry date, which version it shows), copy it,
 * share it through the device's share sheet, show or download its QR code, print its
 * handout, see how often it was opened and finished, and revoke it.
 */
@Route("routines/:id([0-9]{1,18})/share")
@RolesAllowed(Role.COACH_NAME)
public class ShareLinksView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final Div links = new Div();
    /** Made once the routine is known to be published. */
    NewShareLinkForm form;

    private final SharingService sharing;
    private final Clock clock;
    private final PublicAddress address;
    /** The coach's zone and language: a link's last day is a day of the coach's calendar. */
    private final UserTime time;
    private RoutineLinks routine;
    private int latestVersion;
    private String base = "";

    public ShareLinksView(SharingService sharing, Clock clock, PublicAddress address) {
        this.address = address;
        this.sharing = sharing;
        this.clock = clock;
        this.time = UserTime.of(UI.getCurrent());
        addClassNames("limber-page", "limber-share-links");

        links.addClassName("limber-share-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        try {
            if (id.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            routine = sharing.routineLinks(id.get());
            base = baseUrl();
            show(routine.latestVersion());
        } catch (RoutineNotFoundException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("share-links.page-title");
    }

    private void show(Optional<Integer> latest) {
        removeAll();
        // the editor belongs to the routine feature: linked by its address, not its class
        var back = new Anchor("routines/" + routine.id(), getTranslation("share-links.back"));
        back.addClassName("limber-back-link");
        add(back, new H1(getTranslation("share-links.heading", routine.title())));
        if (latest.isEmpty()) {
            add(new EmptyState(VaadinIcon.UPLOAD_ALT, getTranslation("share-links.publish-first"),
                    getTranslation("share-links.publish-first.text")));
            return;
        }
        latestVersion = latest.get();
        var intro = new Paragraph(getTranslation("share-links.intro"));
        intro.addClassName("limber-share-intro");
        form = new NewShareLinkForm(sharing, clock, time, routine.id(), latestVersion,
                made -> showLinks(sharing.links(routine.id())));
        var printOwn = new Anchor("routines/" + routine.id() + "/handout", getTranslation("share-links.print-version", latestVersion));
        printOwn.setTarget(AnchorTarget.BLANK);
        printOwn.getElement().setAttribute("router-ignore", true);
        add(intro, new H2(getTranslation("share-links.new")), form, new H2(getTranslation("share-links.yours")), links, printOwn);
        showLinks(routine.links());
    }

    void revoke(ShareLinkSummary link) {
        sharing.revoke(link.id());
        showLinks(sharing.links(routine.id()));
        Notification.show(getTranslation("share-links.revoked"), 3000, Notification.Position.BOTTOM_START);
    }

    private void showLinks(List<ShareLinkSummary> all) {
        links.removeAll();
        if (all.isEmpty()) {
            links.add(new EmptyState(VaadinIcon.LINK, getTranslation("share-links.none"),
                    getTranslation("share-links.none.text")));
            return;
        }
        all.forEach(link -> links.add(new ShareLinkCard(link, base + "/s/" + link.token(), routine.title(),
                latestVersion, time, this::revoke)));
    }

    private String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return address.base(request == null ? null : request.getHttpServletRequest());
    }
}
