package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An athlete on their phone (390 × 844) turns on their calendar feed in Settings, copies its
 * address, and the address gives the calendar file; axe finds nothing in light or dark. The feed is
 * turned off again at the end, so the demo data is as before.
 */
class CalendarFeedBrowserIT extends BrowserTest {

    @Test
    void anAthleteCopiesTheirFeedsAddressAndItGivesTheirCalendar() {
        try (BrowserContext context = browser.newContext(390, 844)) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/settings"));
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on calendar feed")).click();
            Locator address = ana.getByLabel("Calendar address");
            assertThat(address).hasValue(java.util.regex.Pattern.compile(".*/calendar/[A-Za-z0-9_-]{43}\\.ics$"));

            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy")).click();
            assertThat(ana.getByText("Address copied.")).isVisible();
            String copied = (String) ana.evaluate("() => navigator.clipboard.readText()");
            assertThat(copied).isEqualTo(address.inputValue());
            APIResponse feed = context.request().get(copied);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.headers().get("content-type")).isEqualTo("text/calendar;charset=UTF-8");
            assertThat(feed.text()).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0");
            assertThat(ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subscribe in your calendar app")))
                    .hasAttribute("href", copied.replaceFirst("^https?://", "webcal://"));

            assertThat(Axe.scan(ana, "settings-calendar-feed")).as("axe-core findings (reports in target/axe)").isEmpty();
            screenshot(ana, "settings-calendar-feed-390.png");
            Axe.inScheme(ana, "dark", () -> screenshot(ana, "settings-calendar-feed-390-dark.png"));

            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn off")).click();
            ana.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Turn off")).click();
            assertThat(ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on calendar feed"))).isVisible();
            assertThat(context.request().get(copied).status()).isEqualTo(404);
        }
    }
}
