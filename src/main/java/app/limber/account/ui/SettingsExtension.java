package app.limber.account.ui;

import app.limber.account.SignedInUser;
import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * A way for another feature to add sections to the Settings page without the account feature
 * knowing it (email adds reminders and the weekly digest). Asked each time the page opens.
 */
public interface SettingsExtension {

    /** New sections for this person's settings; empty when none apply to them. */
    List<Component> sections(SignedInUser me);
}
