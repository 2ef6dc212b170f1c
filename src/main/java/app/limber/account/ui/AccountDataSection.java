package app.limber.account.ui;

import app.limber.account.AccountDataService;
import app.limber.account.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * Settings' last two sections, for everyone: "Your data" (everything of theirs as one ZIP of
 * JSON files) and "Delete account" (asks first, in {@link DeleteAccountDialog}).
 */
@org.springframework.stereotype.Component
public class AccountDataSection {

    private final AccountDataService accountData;

    AccountDataSection(AccountDataService accountData) {
        this.accountData = accountData;
    }

    /** The two sections for this person. */
    Component[] sections(SignedInUser me) {
        DownloadHandler zip = DownloadHandler.fromInputStream(download -> {
            byte[] bytes = accountData.myData();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "limber-data-" + LocalDate.now() + ".zip",
                    "application/zip", bytes.length);
        });
        var download = new Anchor(zip, text("account-data.download"));
        download.setTarget(AnchorTarget.BLANK);
        download.addClassNames("limber-link-button", "limber-download-data");
        download.setId("limber-download-data");
        var data = new Div(new H2(text("account-data.heading")),
                new Paragraph(text(me.isCoach() ? "account-data.coach" : "account-data.athlete")), download);
        data.addClassName("limber-settings-section");

        var delete = new Button(text("account-data.delete"), VaadinIcon.TRASH.create(),
                click -> new DeleteAccountDialog(me, accountData).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("limber-delete-account");
        var deletion = new Div(new H2(text("account-data.delete-heading")),
                new Paragraph(text(me.isCoach() ? "account-data.delete-coach" : "account-data.delete-athlete")), delete);
        deletion.addClassName("limber-settings-section");
        return new Component[] {data, deletion};
    }

    /** A text in the current UI's language (this bean is not a component). */
    private static String text(String key) {
        return com.vaadin.flow.i18n.I18NProvider.translate(key);
    }
}
