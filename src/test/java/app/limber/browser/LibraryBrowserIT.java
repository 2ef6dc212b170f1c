package app.limber.browser;

import app.limber.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The library in real Chromium: body-map clicks and keys filter, the address keeps the filter, a stretch opens. */
class LibraryBrowserIT extends BrowserTest {

    @Test
    void theBodyMapFiltersByClickAndByKeyboardAndTheAddressRemembers() {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            page.navigate(limber.url("/library"));
            Locator count = page.locator(".limber-result-count");
            assertThat(count).hasText("42 stretches");

            page.locator(".limber-library-map [data-muscle='GLUTES']").first().click();

            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=glutes$"));
            assertThat(count).not().hasText("42 stretches");
            assertThat(page.locator(".limber-library-map [data-muscle='GLUTES'].selected").first()).isVisible();
            String glutesOnly = count.textContent();

            page.locator(".limber-library-map [data-muscle='SIDE'][tabindex='0']").focus();
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile("muscle=glutes&muscle=side$"));
            // the keyboard stays on the region after the map redraws
            assertThat(page.locator(".limber-library-map [data-muscle='SIDE'][tabindex='0']")).isFocused();
            assertThat(count).not().hasText(glutesOnly);
            String glutesOrSide = count.textContent();
            screenshot(page, "library-filtered.png");

            page.reload();
            assertThat(page.locator(".limber-library-map [data-muscle='SIDE'].selected").first()).isVisible();
            assertThat(count).hasText(glutesOrSide);

            page.navigate(limber.url("/library?q=cactus"));
            assertThat(count).hasText("1 stretch");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upper back opener (cactus arms)")).click();
            assertThat(page).hasURL(Pattern.compile("/library/stretch/\\d+$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Upper back opener (cactus arms)"))).isVisible();
            assertThat(page.getByText("When to stop")).isVisible();
            screenshot(page, "stretch-page.png");
        }
    }
}
