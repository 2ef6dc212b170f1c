package app.limber.coaching.ui;

import app.limber.account.SignedInUser;
import app.limber.account.ui.SettingsExtension;
import app.limber.base.PublicAddress;
import app.limber.coaching.CalendarFeedService;

import java.util.Optional;

/** Puts the athlete's calendar feed into Settings. */
@org.springframework.stereotype.Component
class CalendarFeedSettings implements SettingsExtension {

    private final CalendarFeedService feeds;
    private final PublicAddress address;

    CalendarFeedSettings(CalendarFeedService feeds, PublicAddress address) {
        this.feeds = feeds;
        this.address = address;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(SignedInUser user) {
        return user.isAthlete() ? Optional.of(new CalendarFeedSection(feeds, address)) : Optional.empty();
    }
}
