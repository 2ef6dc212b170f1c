package app.limber.sharing.ui;

import app.limber.base.Words;
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
        var name = new Span(link.label().isEmpty() ? getTranslation("share-link-card.unnamed") : link.label());
        name.addClassName("limber-share-link-name");
        var state = new Span(Words.label(link.state()).shown());
        state.addClassName("limber-share-link-state");
        var top = new Div(name, state);
        top.addClassName("limber-share-link-top");
        add(top);

        var facts = new Span(getTranslation("share-link-card.created", time.day(link.createdAt()))
                + " \u00b7 " + (link.expiresOn() == null ? getTranslation("share-link-card.no-expiry")
                : getTranslation("share-link-card.works-until", time.day(link.expiresOn())))
                + " \u00b7 " + (link.pinnedVersion() == null ? getTranslation("share-link-card.shows-latest", latestVersion)
                : getTranslation("share-link-card.shows-version", link.pinnedVersion())));
        facts.addClassName("limber-share-link-facts");
        var counts = new Span(getTranslation("share-link-card.opens", link.opens()) + " \u00b7 "
                + getTranslation("share-link-card.completions", link.completions()));
        counts.addClassName("limber-share-link-counts");
        add(facts, counts);
        if (!link.isActive()) {
            return;
        }

        var address = new TextField();
        address.setAriaLabel(getTranslation("share-link-card.unnamed"));
        address.setValue(url);
        address.setReadOnly(true);
        address.addClassName("limber-share-link-url");
        add(address);

        var copy = new Button(getTranslation("share-link-card.copy"), VaadinIcon.COPY.create());
        String copiedText = getTranslation("share-link-card.copied");
        String notCopiedText = getTranslation("share-link-card.not-copied");
        Clipboard.onClick(copy).writeText(url,
                copied -> Notification.show(copiedText, 2000, Notification.Position.BOTTOM_START),
                failed -> Notification.show(notCopiedText, 4000, Notification.Position.BOTTOM_START));
        var share = new Button(getTranslation("share-link-card.share"), VaadinIcon.SHARE.create());
        WebShare.onClick(share).share(ShareContent.create().title(routineTitle)
                .text(getTranslation("share-link-card.share-text")).url(url));
        share.bindVisible(WebShare.supportSignal().map(support -> support == WebShareSupport.SUPPORTED));
        var handout = new Anchor("s/" + link.token() + "/handout", getTranslation("share-link-card.print-handout"));
        handout.setTarget(AnchorTarget.BLANK);
        handout.getElement().setAttribute("router-ignore", true);
        handout.addClassName("limber-link-button");
        var revoke = new Button(getTranslation("share-link-card.revoke"), VaadinIcon.BAN.create(), click -> confirmRevoke(onRevoke));
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
        var image = new Image(file, getTranslation("share-link-card.qr-alt"));
        image.addClassName("limber-share-qr");
        var download = new Anchor(file, AttachmentType.DOWNLOAD, getTranslation("share-link-card.qr-download"));
        var content = new Div(image, download);
        content.addClassName("limber-share-qr-panel");
        var details = new Details(getTranslation("share-link-card.qr"), content);
        details.addClassName("limber-share-qr-details");
        return details;
    }

    private void confirmRevoke(Consumer<ShareLinkSummary> onRevoke) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(link.label().isEmpty() ? getTranslation("share-link-card.revoke-this")
                : getTranslation("share-link-card.revoke-named", link.label()));
        confirm.setText(getTranslation("share-link-card.revoke-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("share-link-card.cancel"));
        confirm.setConfirmText(getTranslation("share-link-card.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> onRevoke.accept(link));
        confirm.open();
    }
}
