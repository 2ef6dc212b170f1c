package app.limber.browser;

import app.limber.support.Axe;
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
            assertThat(count).hasText(demoCoachLibraryCount());

            page.locator(".limber-library-map [data-muscle='GLUTES']").first().click();

            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=glutes$"));
            assertThat(count).not().hasText(demoCoachLibraryCount());
            assertThat(page.locator(".limber-library-map [data-muscle='GLUTES'].selected").first()).isVisible();
            String glutesOnly = count.textContent();

            // the map is one Tab stop, on the region clicked last; the arrow keys move it
            Locator map = page.locator(".limber-library-map");
            assertThat(map.locator("[tabindex='0']")).hasCount(1);
            assertThat(map.locator("[data-muscle='GLUTES'][tabindex='0']")).isFocused();
            for (String muscle : new String[]{"PIRIFORMIS", "HIP_ABDUCTORS", "ADDUCTORS", "IT_BAND", "LOWER_BACK", "SIDE"}) {
                page.keyboard().press("ArrowRight");
                assertThat(map.locator("[data-muscle='" + muscle + "'][tabindex='0']")).isFocused();
            }
            assertThat(map.locator("[tabindex='0']")).hasCount(1);
            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=glutes$"));
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile("muscle=glutes&muscle=side$"));
            // the keyboard stays on the region after the toggle
            assertThat(page.locator(".limber-library-map [data-muscle='SIDE'][tabindex='0']")).isFocused();
            assertThat(count).not().hasText(glutesOnly);
            String glutesOrSide = count.textContent();
            screenshot(page, "library-filtered.png");
            Axe.check(page, "library-filtered");

            page.reload();
            assertThat(page.locator(".limber-library-map [data-muscle='SIDE'].selected").first()).isVisible();
            assertThat(count).hasText(glutesOrSide);

            page.navigate(limber.url("/library?q=cactus&show=built-in"));
            assertThat(count).hasText("1 stretch");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upper back opener (cactus arms)").setExact(true)).click();
            assertThat(page).hasURL(Pattern.compile("/library/stretch/\\d+$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Upper back opener (cactus arms)").setExact(true))).isVisible();
            assertThat(page.getByText("When to stop")).isVisible();
            screenshot(page, "stretch-page.png");
            Axe.check(page, "stretch-page");
        }
    }

    @Test
    void theBodyMapsRegionsArePressedButtonsInOneTabStopThatTheKeysMoveAndToggleWithoutRedrawingTheMap() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            page.navigate(limber.url("/library"));
            Locator count = page.locator(".limber-result-count");
            assertThat(count).hasText(demoCoachLibraryCount());
            Locator map = page.locator(".limber-library-map limber-body-map");
            assertThat(map).hasAttribute("role", "group");
            assertThat(map).hasAttribute("aria-label", "Body map: choose muscles");

            // every region a button named after its muscle, none pressed; one tab stop, on the list's first muscle
            Locator hamstrings = map.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hamstrings").setExact(true));
            assertThat(hamstrings).hasAttribute("aria-pressed", "false");
            assertThat(hamstrings.locator("title")).hasText("Hamstrings");
            assertThat(map.locator("[role='button'][aria-pressed='true']")).hasCount(0);
            assertThat(map.locator("[tabindex='0']")).hasCount(1);
            assertThat(map.locator("[data-muscle='CALF_GASTROCNEMIUS'][tabindex='0']")).hasCount(1);
            assertThat(map.locator("text")).hasText(new String[]{"Front", "Back"});
            // the figure is drawn once: a toggle changes what is marked, not the drawing
            map.locator("svg").evaluate("svg => { svg.dataset.drawn = 'once'; }");

            map.locator("[tabindex='0']").focus();
            page.keyboard().press("End");
            assertThat(map.locator("[data-muscle='ARMS'][tabindex='0']")).isFocused();
            page.keyboard().press("ArrowRight");
            // round from the last to the first
            assertThat(map.locator("[data-muscle='CALF_GASTROCNEMIUS'][tabindex='0']")).isFocused();
            page.keyboard().press("ArrowLeft");
            assertThat(map.locator("[data-muscle='ARMS'][tabindex='0']")).isFocused();
            page.keyboard().press("ArrowUp");
            assertThat(map.locator("[data-muscle='NECK'][tabindex='0']")).isFocused();
            assertThat(map.locator("[tabindex='0']")).hasCount(1);
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=neck$"));
            // the neck, front and back
            assertThat(map.locator("[data-muscle='NECK'][aria-pressed='true']")).hasCount(2);
            assertThat(map.locator("[data-muscle='NECK'].selected")).hasCount(2);
            // the keyboard stays on the region
            assertThat(map.locator("[data-muscle='NECK'][tabindex='0']")).isFocused();

            page.keyboard().press("Home");
            assertThat(map.locator("[data-muscle='CALF_GASTROCNEMIUS'][tabindex='0']")).isFocused();
            page.keyboard().press("ArrowDown");
            Locator soleus = map.locator("[data-muscle='CALF_SOLEUS'][tabindex='0']");
            assertThat(soleus).isFocused();
            // moving chooses nothing
            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=neck$"));
            page.keyboard().press(" ");
            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=calf-soleus&muscle=neck$"));
            assertThat(soleus).hasAttribute("aria-pressed", "true");
            assertThat(soleus).isFocused();
            assertThat(count).not().hasText(demoCoachLibraryCount());
            Axe.check(page, "library-body-map-keys");

            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=neck$"));
            assertThat(soleus).hasAttribute("aria-pressed", "false");
            assertThat(soleus).isFocused();
            assertThat(map.locator("svg[data-drawn='once']")).hasCount(1);

            // a click chooses too, and the muscles list follows the map
            // (on a leg: the middle of both legs' region is the gap between them)
            map.locator("[data-muscle='HAMSTRINGS'] rect").first().click();
            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=hamstrings&muscle=neck$"));
            assertThat(hamstrings).hasAttribute("aria-pressed", "true");
            assertThat(map.locator("[data-muscle='HAMSTRINGS'][tabindex='0']")).isFocused();
            assertThat(map.locator("svg[data-drawn='once']")).hasCount(1);
            Axe.inScheme(page, "light", () -> screenshot(page, "library-body-map-1280-light.png"));
            Axe.inScheme(page, "dark", () -> screenshot(page, "library-body-map-1280-dark.png"));
        }
    }

    @Test
    void avoidIfLeavesOutTheHeadDownPosesAndTheNewAreasFilterOnTheMap() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            page.navigate(limber.url("/library?show=built-in"));
            Locator count = page.locator(".limber-result-count");
            assertThat(count).hasText("46 stretches");

            Locator avoid = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Avoid if\u2026"));
            avoid.click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("High blood pressure or glaucoma")).click();
            page.keyboard().press("Escape");

            assertThat(page).hasURL(Pattern.compile("avoid=high-blood-pressure"));
            assertThat(count).not().hasText("46 stretches");
            Locator list = page.locator(".limber-stretch-list");
            assertThat(list.getByText("Downward dog", new Locator.GetByTextOptions().setExact(true))).hasCount(0);
            assertThat(list.getByText("Arm circles", new Locator.GetByTextOptions().setExact(true))).isVisible();

            // the new muscles are areas to tap: the piriformis behind, with the avoid-if still set
            page.locator(".limber-library-map [data-muscle='PIRIFORMIS']").first().click();
            assertThat(page).hasURL(Pattern.compile("muscle=piriformis"));
            assertThat(count).hasText("1 stretch"); // the pigeon is head down: only the figure-four is left
            assertThat(list.getByText("Lying figure-four glute stretch", new Locator.GetByTextOptions().setExact(true))).isVisible();
            Axe.inScheme(page, "light", () -> screenshot(page, "library-avoid-if-light.png"));
            Axe.inScheme(page, "dark", () -> screenshot(page, "library-avoid-if-dark.png"));
            Axe.check(page, "library-avoid-if");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lying figure-four glute stretch").setExact(true)).click();
            assertThat(page.getByText("Check before you start")).isVisible();
            assertThat(page.locator(".limber-contraindications li")).hasCount(2);
            Axe.inScheme(page, "light", () -> screenshot(page, "stretch-cautions-light.png"));
            Axe.inScheme(page, "dark", () -> screenshot(page, "stretch-cautions-dark.png"));
            Axe.check(page, "stretch-cautions");
        }
    }

    @Test
    void theKeyboardReachesTheFirstStretchInAtMostEightTabs() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            page.navigate(limber.url("/library"));
            // 46 built-in, and any the coach added in an earlier test
            assertThat(page.locator(".limber-result-count")).hasText(Pattern.compile("^\\d+ stretches$"));
            Locator skip = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip to results"));

            int tabs = 0;
            while (tabs < 8 && !isFocused(skip)) {
                page.keyboard().press("Tab");
                tabs++;
            }
            assertThat(skip).isFocused(); // the skip link comes before the filters and the map
            assertThat(skip).isInViewport();
            screenshot(page, "library-skip-link-1280.png");
            page.keyboard().press("Enter");
            Locator firstStretch = page.locator(".limber-stretch-list a").first();
            while (tabs < 8 && !isFocused(firstStretch)) {
                page.keyboard().press("Tab");
                tabs++;
            }

            assertThat(firstStretch).isFocused();
            assertThat(firstStretch).hasText("Arm circles");
            org.assertj.core.api.Assertions.assertThat(tabs).as("Tab presses to the first stretch").isLessThanOrEqualTo(8);
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Arm circles").setLevel(1))).isVisible();
        }
    }

    private static boolean isFocused(Locator locator) {
        return (Boolean) locator.evaluate("element => element === document.activeElement || element.contains(document.activeElement)");
    }
}
