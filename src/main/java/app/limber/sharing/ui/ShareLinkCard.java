package app.limber.sharing.ui;

import app.limber.base.ui.UserTime;
import app.limber.sharing.LinkQrCode;
import app.limber.sharing.ShareLinkSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.webshare.ShareContent;
import com.vaadin.flow.component.webshare.WebShare;
import com.vaadin.flow.component.webshare.WebShareSupport;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * One share link on the coach's share links page: its label and state, when it was made and
 * how long it works, which version it shows, how often it was opened and finished, and, while
 * it works, its address to copy or share, its handout, its QR code, and Revoke (after asking).
 */
class ShareLinkCard extends Div {

    private final ShareLinkSummary link;

    /**
     * @param url           the link's full address
     * @param latestVersion the routine's latest published version, for links that follow it
     * @param onRevoke      what revoking the link does, once the coach confirmed
     */
    ShareLinkCard(ShareLinkSummary link, String url, String routineTitle, int latestVersion, UserTime time,
                  Consumer<ShareLinkSummary> onRevoke) {
        this.link = link;
        addClassNames("limber-card", "limber-share-link");
        getElement().setAttribute("data-state", link.state().name());
        var name = new Span(link.label().isEmpty() ? "Share link" : link.label());
        name.addClassName("limber-share-link-name");
        var state = new Span(link.state().label());
        state.addClassName("limber-share-link-state");
        var top = new Div(name, state);
        top.addClassName("limber-share-link-top");
        add(top);

        var facts = new Span("Created " + time.day(link.createdAt())
                + " \u00b7 " + (link.expiresOn() == null ? "No expiry" : "Works until " + time.day(link.expiresOn()))
                + " \u00b7 " + (link.pinnedVersion() == null ? "Shows the latest version (now " + latestVersion + ")"
                : "Shows version " + link.pinnedVersion()));
        facts.addClassName("limber-share-link-facts");
        var counts = new Span(link.opens() + (link.opens() == 1 ? " open" : " opens") + " \u00b7 "
                + link.completions() + (link.completions() == 1 ? " completion" : " completions"));
        counts.addClassName("limber-share-link-counts");
        add(facts, counts);
        if (!link.isActive()) {
            return;
        }

        var address = new TextField();
        address.setAriaLabel("Share link");
        address.setValue(url);
        address.setReadOnly(true);
        address.addClassName("limber-share-link-url");
        add(address);

        var copy = new Button("Copy link", VaadinIcon.COPY.create());
        Clipboard.onClick(copy).writeText(url,
                copied -> Notification.show("Link copied.", 2000, Notification.Position.BOTTOM_START),
                failed -> Notification.show("Couldn't copy: select the link and copy it yourself.", 4000,
                        Notification.Position.BOTTOM_START));
        var share = new Button("Share\u2026", VaadinIcon.SHARE.create());
        WebShare.onClick(share).share(ShareContent.create().title(routineTitle)
                .text("A stretching routine from your coach").url(url));
        share.bindVisible(WebShare.supportSignal().map(support -> support == WebShareSupport.SUPPORTED));
        var handout = new Anchor("s/" + link.token() + "/handout", "Print handout");
        handout.setTarget(AnchorTarget.BLANK);
        handout.getElement().setAttribute("router-ignore", true);
        handout.addClassName("limber-link-button");
        var revoke = new Button("Revoke", VaadinIcon.BAN.create(), click -> confirmRevoke(onRevoke));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(copy, share, handout, revoke);
        actions.addClassName("limber-share-link-actions");
        add(actions, qrCode(url));
    }

    private Details qrCode(String url) {
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

    private void confirmRevoke(Consumer<ShareLinkSummary> onRevoke) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Revoke " + (link.label().isEmpty() ? "this link" : "\u201c" + link.label() + "\u201d") + "?");
        confirm.setText("Anyone who has it can no longer open the routine, and anyone following it now is stopped. "
                + "You can't undo this; make a new link if you need one again.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Revoke");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> onRevoke.accept(link));
        confirm.open();
    }
}
