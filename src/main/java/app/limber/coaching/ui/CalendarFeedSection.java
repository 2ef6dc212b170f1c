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

    static final String WHO_SEES_IT = "Anyone who has this address can see your planned sessions (routine names and days), "
            + "without signing in. Keep it to yourself and your calendar app. If it got out, renew it: "
            + "the old address stops working at once.";

    final TextField address = new TextField("Calendar address");
    Button copy = new Button("Copy", VaadinIcon.COPY.create());
    final Anchor subscribe = new Anchor("", "Subscribe in your calendar app");
    final Button turnOn = new Button("Turn on calendar feed", VaadinIcon.CALENDAR.create());
    final Button renew = new Button("Renew address", VaadinIcon.REFRESH.create());
    final Button turnOff = new Button("Turn off", VaadinIcon.BAN.create());

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
        turnOn.addClickListener(click -> show(feeds.renewMyFeed(), "Calendar feed on. Copy its address or subscribe."));
        renew.addClickListener(click -> confirm("Renew the calendar address?",
                "The address you have now stops working at once: calendars subscribed to it stop updating. "
                        + "Subscribe again with the new one.", "Renew",
                () -> show(feeds.renewMyFeed(), "New address made. The old one no longer works.")));
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        turnOff.addClickListener(click -> confirm("Turn off the calendar feed?",
                "Its address stops working at once, and calendars subscribed to it stop updating.", "Turn off", () -> {
                    feeds.turnOffMyFeed();
                    showOff();
                    Notification.show("Calendar feed off.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }));
        subscribe.getElement().setAttribute("router-ignore", true);
        subscribe.addClassName("limber-link-button");
        add(new H2("Calendar feed"),
                new Paragraph("See your planned sessions in your phone's calendar: each planned day is an all-day event "
                        + "that links back to the routine here, for two weeks back and eight weeks ahead."),
                body);
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
        copy = new Button("Copy", VaadinIcon.COPY.create()); // a new button: one clipboard binding, to this address
        Clipboard.onClick(copy).writeText(url,
                copied -> Notification.show("Address copied. Paste it into your calendar app.", 3000, Notification.Position.BOTTOM_START),
                failed -> Notification.show("Couldn't copy: select the address and copy it yourself.", 4000,
                        Notification.Position.BOTTOM_START));
        // webcal: is not on Vaadin's list of safe schemes; this address is Limber's own, made from its base and the token
        subscribe.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));
        var actions = new Div(copy, subscribe, renew, turnOff);
        actions.addClassName("limber-calendar-feed-actions");
        body.removeAll();
        body.add(address, actions, new Paragraph(WHO_SEES_IT));
    }

    private void showOff() {
        body.removeAll();
        body.add(new Paragraph("Off: no address exists, so no one can see your plan outside Limber."), turnOn);
    }

    private static void confirm(String header, String text, String action, Runnable onConfirm) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(action);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> onConfirm.run());
        dialog.open();
    }
}
