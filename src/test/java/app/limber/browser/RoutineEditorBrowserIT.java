package app.limber.browser;

import app.limber.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In real Chromium: drag a stretch into the middle of a routine, drag a step to reorder, and the stored order survives a reload. */
class RoutineEditorBrowserIT extends BrowserTest {

    @Test
    void dragAStretchIntoTheMiddleAndReorderTwoSteps() {
        try (BrowserContext context = browser.newContext(1400, 1000)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            page.navigate(limber.url("/routines"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start from a template")).first().click();
            page.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText("Calf-cramp relief mid-run"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use this template")).click();
            assertThat(page).hasURL(Pattern.compile("/routines/\\d+$"));

            Locator stepNames = page.locator(".limber-step .limber-step-name");
            assertThat(stepNames).hasText(new String[]{
                    "Standing calf cramp release with shin contraction", "Standing lunge for a calf cramp",
                    "Standing knee bend for a calf cramp", "Self-massage for a cramp"});

            Locator pickerCount = page.locator(".limber-picker-count");
            assertThat(pickerCount).containsText("stretches");
            String wholeLibrary = pickerCount.textContent();
            page.getByLabel("Search stretches").fill("high knees");
            // the search applies after a short pause in typing; wait until the list has narrowed
            assertThat(pickerCount).not().hasText(wholeLibrary);
            Locator highKnees = page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("High knees").setExact(true));
            assertThat(highKnees).hasCount(1);
            drag(page, highKnees, page.locator(".limber-step").nth(1));
            assertThat(stepNames).hasText(new String[]{
                    "Standing calf cramp release with shin contraction", "High knees", "Standing lunge for a calf cramp",
                    "Standing knee bend for a calf cramp", "Self-massage for a cramp"});

            drag(page, page.locator(".limber-step").nth(4).locator(".limber-step-title"), page.locator(".limber-step").nth(0));
            String[] expected = {"Self-massage for a cramp", "Standing calf cramp release with shin contraction",
                    "High knees", "Standing lunge for a calf cramp", "Standing knee bend for a calf cramp"};
            assertThat(stepNames).hasText(expected);
            assertThat(page.locator(".limber-save-status")).hasText("All changes saved");
            screenshot(page, "routine-editor.png");

            drag(page, page.locator(".limber-step").nth(0).locator(".limber-step-title"), page.locator(".limber-step").nth(1));
            expected = new String[]{"Standing calf cramp release with shin contraction", "Self-massage for a cramp",
                    "High knees", "Standing lunge for a calf cramp", "Standing knee bend for a calf cramp"};
            assertThat(stepNames).hasText(expected);

            page.reload();
            assertThat(stepNames).hasText(expected);
        }
    }
}
