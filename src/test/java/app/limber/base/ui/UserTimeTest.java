package app.limber.base.ui;

import app.limber.coaching.ui.RoutineVersionsView;
import app.limber.routine.RoutineDetails;
import app.limber.sharing.LastDay;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.sharing.ui.ShareLinksView;
import app.limber.support.UiTest;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Days and times on the coach's screens follow their browser's time zone and language, not UTC and British English. */
class UserTimeTest extends UiTest {

    @Autowired SharingService sharing;

    private RoutineDetails routine;

    @BeforeEach
    void aRoutinePublishedAtOneInTheMorningInAuckland() {
        var coach = signInAsCoach();
        clock.setInstant(Instant.parse("2026-11-24T12:00:00Z")); // 25 Nov, 01:00 in Auckland (UTC+13)
        routine = given.aPublishedRoutine(coach);
    }

    @Test
    void aCoachInAucklandWithAGermanBrowserSeesTheirDayTimeAndDateFormat() {
        browserSays("Pacific/Auckland", Locale.GERMANY);

        UI.getCurrent().navigate(RoutineVersionsView.class, new RouteParameters("id", String.valueOf(routine.id())));

        assertThat(_get(Span.class, spec -> spec.withClasses("limber-version-heading")).getText())
                .isEqualTo("Version 1 vom 25.11.2026, 01:00");
    }

    @Test
    void shareLinksSayTheirDaysInTheCoachsCalendarAndTodayIsTheCoachsToday() {
        browserSays("Pacific/Auckland", Locale.US);
        sharing.create(routine.id(), "Club", new LastDay(LocalDate.parse("2026-11-30"), ZoneId.of("Pacific/Auckland")), Pin.LATEST_PUBLISHED);

        UI.getCurrent().navigate(ShareLinksView.class, new RouteParameters("id", String.valueOf(routine.id())));
        DatePicker lastDay = _get(DatePicker.class, spec -> spec.withLabel("Works until (optional)"));

        assertThat(_get(Span.class, spec -> spec.withClasses("limber-share-link-facts")).getText())
                .startsWith("Created Nov 25, 2026 \u00b7 Works until Nov 30, 2026");
        assertThat(lastDay.getMin()).as("the first day the coach may pick").isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(lastDay.getLocale()).isEqualTo(Locale.US);
    }

    @Test
    void aBrowserThatSaysNothingGetsUtc() {
        UI.getCurrent().setLocale(Locale.UK);

        UI.getCurrent().navigate(RoutineVersionsView.class, new RouteParameters("id", String.valueOf(routine.id())));

        assertThat(_get(Span.class, spec -> spec.withClasses("limber-version-heading")).getText())
                .isEqualTo("Version 1 \u00b7 24 Nov 2026, 12:00");
    }

    @Test
    void aLanguageChosenInLimberThatTheBrowserDoesNotAskForWritesDatesItsOwnWay() {
        browserSays("Pacific/Auckland", Locale.US);
        UI.getCurrent().setLocale(Locale.of("es")); // chosen from the language menu, or remembered with the account

        UI.getCurrent().navigate(RoutineVersionsView.class, new RouteParameters("id", String.valueOf(routine.id())));

        assertThat(_get(Span.class, spec -> spec.withClasses("limber-version-heading")).getText())
                .as("a Spanish page says its dates in Spanish, not as the browser's English would").contains("25 nov 2026");
    }

    /**
     * What a browser in this zone, asking for this language, tells Limber with its first request;
     * the page is in that language, as Vaadin and PageLanguage make it.
     */
    private static void browserSays(String timeZone, Locale language) {
        UI.getCurrent().setLocale(Locale.of(language.getLanguage()));
        Map<String, String> details = Map.of("v-tzid", timeZone, "v-wn", "limber-test");
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), details::get);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.getHeaders().put("Accept-Language", List.of(language.toLanguageTag()));
        request.setLocaleInt(language);
    }
}
