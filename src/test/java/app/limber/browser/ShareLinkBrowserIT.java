package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium: a coach shares a published routine; someone without an account opens the
 * link in a fresh browser, sees the routine and prints its handout; the coach revokes the
 * link and the viewer is stopped at their next action and on reload.
 */
class ShareLinkBrowserIT extends BrowserTest {

    @Test
    void someoneWithoutAnAccountOpensAndPrintsASharedRoutineUntilTheCoachRevokesIt() {
        try (BrowserContext coachContext = browser.newContext(1400, 900);
             BrowserContext viewerContext = browser.newContext(360, 740)) {
            Page coach = coachContext.newPage();
            logIn(coach, "coach@limber.test", "limber-coach-demo");
            coach.navigate(limber.url("/routines"));
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start from a template")).first().click();
            coach.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText("Post-run static cool-down"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use this template")).click();
            assertThat(coach).hasURL(Pattern.compile("/routines/\\d+$"));
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            coach.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
            assertThat(coach.locator(".limber-publish-state")).containsText("Published");
            coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share link")).click();
            assertThat(coach).hasURL(Pattern.compile("/routines/\\d+/share$"));
            coach.getByLabel("Label (optional)").fill("Club newsletter");
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create share link")).click();
            Locator address = coach.getByLabel("Share link").first();
            assertThat(address).hasValue(Pattern.compile("/s/[A-Za-z0-9_-]{22}$"));
            String link = address.inputValue();
            screenshot(coach, "share-links-coach.png");
            Axe.check(coach, "share-links-with-link");

            Page viewer = viewerContext.newPage();
            Response opened = viewer.navigate(link);
            assertThat(opened.status()).isEqualTo(200);
            assertThat(opened.headers()).containsEntry("referrer-policy", "no-referrer");
            assertThat(viewer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Post-run static cool-down"))).isVisible();
            assertThat(viewer.getByText("From Casey Coach")).isVisible();
            assertThat(viewer.locator(".limber-shared-steps > li").first()).isVisible();
            assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))).isVisible();
            screenshot(viewer, "shared-routine-phone.png");
            Axe.check(viewer, "shared-routine-phone");

            // plays one step in the same player athletes use, no account needed
            viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
            // one tap: the countdown runs
            assertThat(viewer).hasURL(link + "/play?start");
            Locator counter = viewer.locator(".limber-clock-counter");
            assertThat(counter).hasText("Step 1 of 7");
            assertThat(viewer.locator(".limber-clock-time")).hasText("0:08",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(4_000));
            viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(counter).hasText("Step 2 of 7");
            screenshot(viewer, "shared-player-phone.png");
            Axe.check(viewer, "shared-player-phone");
            viewer.navigate(link);

            Page handout = viewer.waitForPopup(() -> viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print")).click());
            handout.waitForLoadState();
            assertThat(handout.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Post-run static cool-down").setLevel(1))).isVisible();
            assertThat(handout.locator(".handout-step")).not().hasCount(0);
            assertThat(handout.locator(".handout-qr svg")).isVisible();
            handout.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(handout.locator(".handout-toolbar")).isHidden();
            assertThat(handout.locator(".handout-step").first()).isVisible();
            screenshot(handout, "shared-handout-print.png");
            handout.close();

            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke")).click();
            coach.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
            assertThat(coach.locator(".limber-share-link-state")).hasText("Revoked");

            // the page still open stops at the next action
            viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
            assertThat(viewer.getByText("This link no longer works")).isVisible();
            // and the address answers 404 with the same page as any wrong link
            Response reloaded = viewer.navigate(link);
            assertThat(reloaded.status()).isEqualTo(404);
            assertThat(viewer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link no longer works"))).isVisible();
            screenshot(viewer, "shared-routine-revoked.png");
        }
    }
}
