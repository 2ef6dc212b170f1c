package app.limber.sharing.ui;

import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.UserTime;
import app.limber.routine.RoutineNotFoundException;
import app.limber.sharing.InvalidShareLinkException;
import app.limber.sharing.LastDay;
import app.limber.sharing.LinkQrCode;
import app.limber.sharing.Pin;
import app.limber.sharing.RoutineLinks;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.webshare.ShareContent;
import com.vaadin.flow.component.webshare.WebShare;
import com.vaadin.flow.component.webshare.WebShareSupport;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A routine's share links: make one (label, expiry date, which version it shows), copy it,
 * share it through the device's share sheet, show or download its QR code, print its
 * handout, see how often it was opened and finished, and revoke it.
 */
@Route("routines/:id([0-9]{1,18})/share")
@PageTitle("Share links · Limber")
@RolesAllowed(Role.COACH_NAME)
public class ShareLinksView extends Div implements BeforeEnterObserver {

    static final String ID = "id";

    final TextField label = new TextField("Label (optional)");
    final DatePicker expiresOn = new DatePicker("Works until (optional)");
    final RadioButtonGroup<Pin> pin = new RadioButtonGroup<>("Shows");
    final Button create = new Button("Create share link", VaadinIcon.LINK.create());
    final Div links = new Div();

    private final SharingService sharing;
    private final Clock clock;
    /** The coach's zone and language: a link's last day is a day of the coach's calendar. */
    private final UserTime time;
    private RoutineLinks routine;
    private int latestVersion;
    private String base = "";

    public ShareLinksView(SharingService sharing, Clock clock) {
        this.sharing = sharing;
        this.clock = clock;
        this.time = UserTime.of(UI.getCurrent());
        addClassNames("limber-page", "limber-share-links");

        label.setMaxLength(SharingService.MAX_LABEL);
        label.setPlaceholder("e.g. Club newsletter");
        label.setHelperText("Only you see it, to tell your links apart.");
        label.setManualValidation(true);
        label.setClearButtonVisible(true);
        expiresOn.setHelperText("Leave empty to keep the link working until you revoke it.");
        expiresOn.setClearButtonVisible(true);
        expiresOn.setManualValidation(true);
        expiresOn.setLocale(time.locale());
        expiresOn.setMin(time.today(clock));
        pin.setItems(Pin.LATEST_PUBLISHED, Pin.CURRENT_VERSION);
        pin.setValue(Pin.LATEST_PUBLISHED);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createLink());
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

    private void show(Optional<Integer> latest) {
        removeAll();
        // the editor belongs to the routine feature: linked by its address, not its class
        var back = new Anchor("routines/" + routine.id(), "Back to the routine");
        back.addClassName("limber-back-link");
        add(back, new H2("Share \u201c" + routine.title() + "\u201d"));
        if (latest.isEmpty()) {
            add(new EmptyState(VaadinIcon.UPLOAD_ALT, "Publish it first",
                    "Only published routines can be shared: a link shows a published version, never your draft. "
                            + "Publish the routine from the editor, then come back here."));
            return;
        }
        latestVersion = latest.get();
        pin.setItemLabelGenerator(choice -> choice == Pin.CURRENT_VERSION
                ? "Version " + latestVersion + ", even after you publish again"
                : "The latest published version (follows your updates)");
        var intro = new Paragraph("Anyone with a link can open this routine without an account, follow it step by step "
                + "and print it. They see nothing else of yours. Revoke a link to stop it at once.");
        intro.addClassName("limber-share-intro");
        var form = new Div(label, expiresOn, pin, create);
        form.addClassName("limber-share-form");
        var printOwn = new Anchor("routines/" + routine.id() + "/handout", "Print handout of version " + latestVersion);
        printOwn.setTarget(AnchorTarget.BLANK);
        printOwn.getElement().setAttribute("router-ignore", true);
        add(intro, new H3("New share link"), form, new H3("Your links"), links, printOwn);
        showLinks(routine.links());
    }

    void createLink() {
        label.setInvalid(false);
        expiresOn.setInvalid(false);
        LocalDate today = time.today(clock);
        // typed text that is not a day leaves the value empty: never read that as "no expiry"
        // (a day before the picker's minimum is the service's to refuse, with its own words)
        if (expiresOn.getValue() == null
                && expiresOn.getDefaultValidator().apply(null, new ValueContext(expiresOn, expiresOn)).isError()) {
            expiresOn.setErrorMessage("Enter a day like " + time.day(today.plusDays(7)) + ", or leave it empty.");
            expiresOn.setInvalid(true);
            return;
        }
        try {
            ShareLinkSummary made = sharing.create(routine.id(), label.getValue(),
                    expiresOn.getValue() == null ? null : new LastDay(expiresOn.getValue(), time.zone()), pin.getValue());
            label.clear();
            expiresOn.clear();
            showLinks(sharing.links(routine.id()));
            Notification.show("Share link created" + (made.label().isEmpty() ? "" : ": " + made.label()) + ".", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidShareLinkException refused) {
            refused.errors().forEach((field, message) -> {
                switch (field) {
                    case LABEL -> { label.setErrorMessage(message); label.setInvalid(true); }
                    case EXPIRES_ON -> { expiresOn.setErrorMessage(message); expiresOn.setInvalid(true); }
                    case ROUTINE -> Notification.show(message, 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        }
    }

    void revoke(ShareLinkSummary link) {
        sharing.revoke(link.id());
        showLinks(sharing.links(routine.id()));
        Notification.show("Link revoked: it no longer works.", 3000, Notification.Position.BOTTOM_START);
    }

    private void showLinks(List<ShareLinkSummary> all) {
        links.removeAll();
        if (all.isEmpty()) {
            links.add(new EmptyState(VaadinIcon.LINK, "No share links yet",
                    "Create one above, then copy it, share it or print its QR code."));
            return;
        }
        all.forEach(link -> links.add(card(link)));
    }

    private Div card(ShareLinkSummary link) {
        var card = new Div();
        card.addClassNames("limber-card", "limber-share-link");
        card.getElement().setAttribute("data-state", link.state().name());
        var name = new Span(link.label().isEmpty() ? "Share link" : link.label());
        name.addClassName("limber-share-link-name");
        var state = new Span(link.state().label());
        state.addClassName("limber-share-link-state");
        var top = new Div(name, state);
        top.addClassName("limber-share-link-top");
        card.add(top);

        String url = base + "/s/" + link.token();
        var facts = new Span("Created " + time.day(link.createdAt())
                + " \u00b7 " + (link.expiresOn() == null ? "No expiry" : "Works until " + time.day(link.expiresOn()))
                + " \u00b7 " + (link.pinnedVersion() == null ? "Shows the latest version (now " + latestVersion + ")"
                : "Shows version " + link.pinnedVersion()));
        facts.addClassName("limber-share-link-facts");
        var counts = new Span(link.opens() + (link.opens() == 1 ? " open" : " opens") + " \u00b7 "
                + link.completions() + (link.completions() == 1 ? " completion" : " completions"));
        counts.addClassName("limber-share-link-counts");
        card.add(facts, counts);
        if (!link.isActive()) {
            return card;
        }

        var address = new TextField();
        address.setAriaLabel("Share link");
        address.setValue(url);
        address.setReadOnly(true);
        address.addClassName("limber-share-link-url");
        card.add(address);

        var copy = new Button("Copy link", VaadinIcon.COPY.create());
        Clipboard.onClick(copy).writeText(url,
                copied -> Notification.show("Link copied.", 2000, Notification.Position.BOTTOM_START),
                failed -> Notification.show("Couldn't copy: select the link and copy it yourself.", 4000,
                        Notification.Position.BOTTOM_START));
        var share = new Button("Share\u2026", VaadinIcon.SHARE.create());
        WebShare.onClick(share).share(ShareContent.create().title(routine.title())
                .text("A stretching routine from your coach").url(url));
        share.bindVisible(WebShare.supportSignal().map(support -> support == WebShareSupport.SUPPORTED));
        var handout = new Anchor("s/" + link.token() + "/handout", "Print handout");
        handout.setTarget(AnchorTarget.BLANK);
        handout.getElement().setAttribute("router-ignore", true);
        handout.addClassName("limber-link-button");
        var revoke = new Button("Revoke", VaadinIcon.BAN.create(), click -> confirmRevoke(link));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(copy, share, handout, revoke);
        actions.addClassName("limber-share-link-actions");
        card.add(actions, qrCode(link, url));
        return card;
    }

    private Details qrCode(ShareLinkSummary link, String url) {
        String svg = LinkQrCode.of(url).svg();
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        String fileName = "limber-share-link-" + link.token().substring(0, 6) + ".svg";
        DownloadHandler file = DownloadHandler.fromInputStream(download ->
                new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "image/svg+xml", bytes.length));
        var image = new Image(file, "QR code of the link");
        image.addClassName("limber-share-qr");
        var download = new Anchor(file, AttachmentType.DOWNLOAD, "Download QR code (SVG)");
        var content = new Div(image, download);
        content.addClassName("limber-share-qr-panel");
        var details = new Details("QR code", content);
        details.addClassName("limber-share-qr-details");
        return details;
    }

    private void confirmRevoke(ShareLinkSummary link) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Revoke " + (link.label().isEmpty() ? "this link" : "\u201c" + link.label() + "\u201d") + "?");
        confirm.setText("Anyone who has it can no longer open the routine, and anyone following it now is stopped. "
                + "You can't undo this; make a new link if you need one again.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Revoke");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> revoke(link));
        confirm.open();
    }

    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }
}
