package app.limber.browser;

import app.limber.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In real Chromium: invite link → a new athlete signs up → the coach publishes and gives a routine → the athlete sees it. */
class InviteToRoutineBrowserIT extends BrowserTest {

    @Test
    void anInvitedAthleteSignsUpAndSeesTheRoutineTheirCoachGave() {
        try (BrowserContext coachContext = browser.newContext(1400, 900);
             BrowserContext athleteContext = browser.newContext(390, 800)) {
            Page coach = coachContext.newPage();
            logIn(coach, "coach@limber.test", "limber-coach-demo");
            coach.navigate(limber.url("/athletes"));
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New invite link")).click();
            Locator link = coach.getByLabel("Invite link").first();
            assertThat(link).hasValue(Pattern.compile("/join/[A-Za-z0-9_-]{22}$"));
            String invite = link.inputValue();

            Page athlete = athleteContext.newPage();
            athlete.navigate(invite);
            athlete.getByLabel("Email").fill("mia@example.com");
            athlete.getByLabel("Your name").fill("Mia Miler");
            athlete.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("mia-password-1234");
            athlete.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account and join")).click();
            // signed in straight away, no second login
            assertThat(athlete).hasURL(limber.url("/my-routines"));
            assertThat(athlete.getByText("No routines yet")).isVisible();

            coach.navigate(limber.url("/routines"));
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start from a template")).first().click();
            coach.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText("Calf-cramp relief mid-run"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use this template")).click();
            assertThat(coach).hasURL(Pattern.compile("/routines/\\d+$"));
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            coach.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
            assertThat(coach.locator(".limber-publish-state")).containsText("Published");
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give to athletes")).click();
            coach.getByLabel("Mia Miler").check();
            coach.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(coach.getByText("1 athlete has this routine.")).isVisible();

            athlete.reload();
            Locator routine = athlete.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calf-cramp relief mid-run").setExact(true));
            assertThat(routine).isVisible();
            assertThat(athlete.getByText("From Casey Coach")).isVisible();
            routine.click();
            assertThat(athlete.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Standing calf cramp release with shin contraction"))).isVisible();
            screenshot(athlete, "athlete-assigned-routine.png");
        }
    }
}
