package app.limber.account.ui;

import app.limber.account.SignedInUser;
import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A section another feature adds to Settings (the calendar feed, email settings, …), so the
 * account feature needs none of them: a Spring bean implementing this is asked for its section
 * each time Settings opens, in {@link #order()}.
 */
public interface SettingsExtension {

    /** Where the section goes among the others: lower first (the time zone is 0, the account's own sections come last). */
    default int order() {
        return 100;
    }

    /** The section for this person, or empty when it has nothing for them (e.g. for a coach). */
    Optional<Component> section(SignedInUser user);
}
