package app.limber.coaching.ui;

import app.limber.account.SignedInUser;
import app.limber.account.ui.SettingsExtension;
import app.limber.base.PublicAddress;
import app.limber.coaching.CalendarFeedService;

import java.util.List;

/** Puts the athlete's calendar feed into Settings, first among the sections other features add. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class CalendarFeedSettings implements SettingsExtension {

    private final CalendarFeedService feeds;
    private final PublicAddress address;

    CalendarFeedSettings(CalendarFeedService feeds, PublicAddress address) {
        this.feeds = feeds;
        this.address = address;
    }

    @Override
    public List<com.vaadin.flow.component.Component> sections(SignedInUser me) {
        return me.isAthlete() ? List.of(new CalendarFeedSection(feeds, address)) : List.of();
    }
}
