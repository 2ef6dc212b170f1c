package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The athlete's Today on a phone (390 × 844): a routine planned three times a week is due, with Start; axe finds nothing in light or dark. */
class TodayBrowserIT extends BrowserTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase());

    @Test
    void anAthleteSeesWhatIsDueTodayOnTheirPhone() {
        String title = twoStepRoutineGivenToAna(jdbc, "Today check", routineId -> { });
        long routineId = Long.parseLong(title.replaceAll(".* ", ""));
        // three times a week from today: a routine of this test's own, so no other test sees it
        jdbc.update("update assignment set plan_kind = 'TIMES', plan_times = 3, plan_starts = current_date - 7 where routine_id = ?", routineId);

        try (BrowserContext context = browser.newContext(390, 844)) {
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            Locator today = ana.locator(".limber-today");
            assertThat(today.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Today"))).isVisible();
            Locator due = today.locator(".limber-today-due").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(due.locator(".limber-today-line")).hasText("Due today \u00b7 3\u00d7 a week \u00b7 0 of 3 this week");
            assertThat(due.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start " + title))).isVisible();
            var box = due.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start " + title)).boundingBox();
            assertThat(box.height).as("a thumb-sized Start").isGreaterThanOrEqualTo(48);

            assertThat(Axe.scan(ana, "today")).as("axe-core findings (reports in target/axe)").isEmpty();
            screenshot(ana, "today-390.png");
            Axe.inScheme(ana, "dark", () -> screenshot(ana, "today-390-dark.png"));
        }
    }
}
