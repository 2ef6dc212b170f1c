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
        var download = new Anchor(zip, "Download my data (ZIP)");
        download.setTarget(AnchorTarget.BLANK);
        download.addClassNames("limber-link-button", "limber-download-data");
        download.setId("limber-download-data");
        var data = new Div(new H2("Your data"), new Paragraph(me.isCoach()
                ? "Everything of yours in Limber as one ZIP of JSON files: your profile, your own stretches, your routines "
                        + "in Limber's open routine format, their published versions, your athletes and what they shared "
                        + "with you, groups, invites, share links and your athletes' sessions of your routines."
                : "Everything of yours in Limber as one ZIP of JSON files: your profile, the routines your coaches gave "
                        + "you with their plans, and every session you logged with how it felt."), download);
        data.addClassName("limber-settings-section");

        var delete = new Button("Delete my account\u2026", VaadinIcon.TRASH.create(),
                click -> new DeleteAccountDialog(me, accountData).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("limber-delete-account");
        var deletion = new Div(new H2("Delete account"), new Paragraph(me.isCoach()
                ? "Deletes your account and everything in it. Limber asks first and says what happens to your athletes."
                : "Deletes your account and everything you logged. Limber asks first."), delete);
        deletion.addClassName("limber-settings-section");
        return new Component[] {data, deletion};
    }
}
