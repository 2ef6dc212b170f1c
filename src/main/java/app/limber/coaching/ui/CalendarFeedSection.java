package app.limber.coaching.ui;

import app.limber.base.PublicAddress;
import app.limber.coaching.CalendarFeedService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Settings' "Calendar feed": the athlete's private address of their planned sessions, to copy
 * into a calendar app or to subscribe to (webcal://), renewed or turned off here.
 */
class CalendarFeedSection extends Div {

    final TextField address = new TextField(getTranslation("calendar-feed.address"));
    Button copy = new Button(getTranslation("calendar-feed.copy"), VaadinIcon.COPY.create());
    final Anchor subscribe = new Anchor("", getTranslation("calendar-feed.subscribe"));
    final Button turnOn = new Button(getTranslation("calendar-feed.turn-on"), VaadinIcon.CALENDAR.create());
    final Button renew = new Button(getTranslation("calendar-feed.renew"), VaadinIcon.REFRESH.create());
    final Button turnOff = new Button(getTranslation("calendar-feed.turn-off"), VaadinIcon.BAN.create());

    private final CalendarFeedService feeds;
    private final String base;
    private final Div body = new Div();

    CalendarFeedSection(CalendarFeedService feeds, PublicAddress publicAddress) {
        this.feeds = feeds;
        var request = VaadinServletRequest.getCurrent();
        this.base = publicAddress.base(request == null ? null : request.getHttpServletRequest());
        addClassNames("limber-settings-section", "limber-calendar-feed");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setMaxWidth("40rem");
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        turnOn.addClickListener(click -> show(feeds.renewMyFeed(), getTranslation("calendar-feed.on")));
        renew.addClickListener(click -> confirm(getTranslation("calendar-feed.renew.header"),
                getTranslation("calendar-feed.renew.text"), getTranslation("calendar-feed.renew.confirm"),
                () -> show(feeds.renewMyFeed(), getTranslation("calendar-feed.renewed"))));
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        turnOff.addClickListener(click -> confirm(getTranslation("calendar-feed.turn-off.header"),
                getTranslation("calendar-feed.turn-off.text"), getTranslation("calendar-feed.turn-off.confirm"), () -> {
                    feeds.turnOffMyFeed();
                    showOff();
                    Notification.show(getTranslation("calendar-feed.off")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }));
        subscribe.getElement().setAttribute("router-ignore", true);
        subscribe.addClassName("limber-link-button");
        add(new H2(getTranslation("calendar-feed.heading")), new Paragraph(getTranslation("calendar-feed.intro")), body);
        feeds.myFeedToken().ifPresentOrElse(this::showOn, this::showOff);
    }

    /** The feed's full address. */
    String url(String token) {
        return base + CalendarFeedService.PATH + token + ".ics";
    }

    private void show(String token, String message) {
        showOn(token);
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void showOn(String token) {
        String url = url(token);
        address.setValue(url);
        copy = new Button(getTranslation("calendar-feed.copy"), VaadinIcon.COPY.create()); // a new button: one clipboard binding, to this address
        Clipboard.onClick(copy).writeText(url,
                copied -> Notification.show(getTranslation("calendar-feed.copied"), 3000, Notification.Position.BOTTOM_START),
                failed -> Notification.show(getTranslation("calendar-feed.copy-failed"), 4000,
                        Notification.Position.BOTTOM_START));
        // webcal: is not on Vaadin's list of safe schemes; this address is Limber's own, made from its base and the token
        subscribe.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));
        var actions = new Div(copy, subscribe, renew, turnOff);
        actions.addClassName("limber-calendar-feed-actions");
        body.removeAll();
        body.add(address, actions, new Paragraph(getTranslation("calendar-feed.who-sees-it")));
    }

    private void showOff() {
        body.removeAll();
        body.add(new Paragraph(getTranslation("calendar-feed.off-explained")), turnOn);
    }

    private void confirm(String header, String text, String action, Runnable onConfirm) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("calendar-feed.cancel"));
        dialog.setConfirmText(action);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> onConfirm.run());
        dialog.open();
    }
}
