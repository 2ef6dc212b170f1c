package app.limber.sharing.ui;

import app.limber.base.ui.DatePickerWords;
import app.limber.base.ui.UserTime;
import app.limber.sharing.InvalidShareLinkException;
import app.limber.sharing.LastDay;
import app.limber.sharing.Pin;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Making a share link: an optional label, an optional last day (a day of the coach's
 * calendar), and which version it shows. Refused input is marked next to its field and
 * stays as typed.
 */
class NewShareLinkForm extends Div {

    final TextField label = new TextField(getTranslation("new-share-link.label"));
    final DatePicker expiresOn = new DatePicker(getTranslation("new-share-link.expires-on"));
    final RadioButtonGroup<Pin> pin = new RadioButtonGroup<>(getTranslation("new-share-link.shows"));
    final Button create = new Button(getTranslation("new-share-link.create"), VaadinIcon.LINK.create());

    private final SharingService sharing;
    private final Clock clock;
    private final UserTime time;
    private final long routineId;
    private final Consumer<ShareLinkSummary> onCreated;

    NewShareLinkForm(SharingService sharing, Clock clock, UserTime time, long routineId, int latestVersion,
                     Consumer<ShareLinkSummary> onCreated) {
        this.sharing = sharing;
        this.clock = clock;
        this.time = time;
        this.routineId = routineId;
        this.onCreated = onCreated;
        addClassName("limber-share-form");

        label.setMaxLength(SharingService.MAX_LABEL);
        label.setPlaceholder(getTranslation("new-share-link.label.placeholder"));
        label.setHelperText(getTranslation("new-share-link.label.helper"));
        label.setManualValidation(true);
        label.setClearButtonVisible(true);
        expiresOn.setHelperText(getTranslation("new-share-link.expires-on.helper"));
        expiresOn.setClearButtonVisible(true);
        expiresOn.setManualValidation(true);
        // month names and buttons in the reader's language; the days as the reader's browser writes them
        DatePickerWords.inReadersLanguage(expiresOn);
        expiresOn.setLocale(time.locale());
        expiresOn.setMin(time.today(clock));
        pin.setItems(Pin.LATEST_PUBLISHED, Pin.CURRENT_VERSION);
        pin.setValue(Pin.LATEST_PUBLISHED);
        pin.setItemLabelGenerator(choice -> choice == Pin.CURRENT_VERSION
                ? getTranslation("new-share-link.pin.current", latestVersion)
                : getTranslation("new-share-link.pin.latest"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createLink());
        add(label, expiresOn, pin, create);
    }

    void createLink() {
        label.setInvalid(false);
        expiresOn.setInvalid(false);
        LocalDate today = time.today(clock);
        // typed text that is not a day leaves the value empty: never read that as "no expiry"
        // (a day before the picker's minimum is the service's to refuse, with its own words)
        if (expiresOn.getValue() == null
                && expiresOn.getDefaultValidator().apply(null, new ValueContext(expiresOn, expiresOn)).isError()) {
            expiresOn.setErrorMessage(getTranslation("new-share-link.bad-day", time.day(today.plusDays(7))));
            expiresOn.setInvalid(true);
            return;
        }
        try {
            ShareLinkSummary made = sharing.create(routineId, label.getValue(),
                    expiresOn.getValue() == null ? null : new LastDay(expiresOn.getValue(), time.zone()), pin.getValue());
            label.clear();
            expiresOn.clear();
            onCreated.accept(made);
            Notification.show(made.label().isEmpty() ? getTranslation("new-share-link.created")
                            : getTranslation("new-share-link.created-named", made.label()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidShareLinkException refused) {
            refused.refusals().forEach((field, words) -> {
                String message = words.shown();
                switch (field) {
                    case LABEL -> { label.setErrorMessage(message); label.setInvalid(true); }
                    case EXPIRES_ON -> { expiresOn.setErrorMessage(message); expiresOn.setInvalid(true); }
                    case ROUTINE -> Notification.show(message, 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        }
    }
}
