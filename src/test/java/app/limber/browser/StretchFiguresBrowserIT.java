package app.limber.browser;

import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stretch is seen, in real Chromium against the packaged app: figures on the library's
 * cards and the stretch page, in light and dark; a drill's figure moves, and stands still
 * for someone who asks for reduced motion; the handout's PDF draws the figures.
 */
class StretchFiguresBrowserIT extends BrowserTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase());

    @Test
    void theLibraryAndAStretchPageShowFiguresAndADrillMovesUnlessMotionIsReduced() throws Exception {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            page.navigate(limber.url("/library"));
            Locator cards = page.locator(".limber-stretch-card");
            assertThat(cards.first()).isVisible();
            assertThat(cards.first().locator("svg.limber-pose")).isVisible();
            assertThat(cards.first().locator("svg.limber-pose line.muscle.primary").first()).isVisible();
            screenshot(page, "figures-library-1280-light.png");
            page.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(page, "figures-library-1280-dark.png");
            page.evaluate("document.documentElement.removeAttribute('theme')");

            page.navigate(limber.url("/library?q=swings"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leg swings, front to back")).click();
            Locator figure = page.locator(".limber-figure-large svg.limber-pose");
            assertThat(figure).isVisible();
            assertThat(figure).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Leg swings, front to back, as a figure\\. Works "));
            // the swinging hip turns by itself: its transform changes while the page is left alone
            Locator hip = figure.locator(".j.hip[style]").first();
            String start = (String) hip.evaluate("group => getComputedStyle(group).transform");
            page.waitForFunction("([group, start]) => getComputedStyle(group).transform !== start",
                    java.util.List.of(hip.elementHandle(), start));
            screenshot(page, "figures-stretch-page-1280-light.png");
            page.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(page, "figures-stretch-page-1280-dark.png");
            page.evaluate("document.documentElement.removeAttribute('theme')");

            page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
            assertThat(hip).hasCSS("animation-name", "none");
        }
    }

    @Test
    void aCoachPosesTheirOwnStretchByDraggingAJointWithTheMouse() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            page.navigate(limber.url("/library/edit"));
            page.getByLabel("Start from a built-in figure").fill("Standing quad stretch");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Standing quad stretch")).click();
            Locator knee = page.getByLabel("Near knee (°)");
            assertThat(knee).hasValue("150");
            Locator ankle = page.locator("limber-pose-drag circle.handle[data-handle='NEAR_ANKLE']");
            assertThat(ankle).isVisible();
            screenshot(page, "figures-pose-editor-1280-light.png");

            // drag the ankle down and forward, as a coach straightening the knee would
            ankle.scrollIntoViewIfNeeded();
            var box = ankle.boundingBox();
            page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
            page.mouse().down();
            page.mouse().move(box.x + 40, box.y + 90, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
            page.mouse().up();
            assertThat(knee).not().hasValue("150");
            int bent = Integer.parseInt(knee.inputValue());
            assertThat(bent).as("the knee straightened, and stays inside what a knee does").isBetween(0, 140);
            page.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(page, "figures-pose-editor-1280-dark.png");
        }
    }

    @Test
    void theHandoutPdfDrawsEachStepsFigure() throws Exception {
        long routineId = jdbc.queryForObject("select min(r.id) from routine r join routine_version v on v.routine_id = r.id",
                Long.class);
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            page.navigate(limber.url("/routines/" + routineId + "/handout"));
            assertThat(page.locator(".handout-step .handout-figure svg.limber-pose").first()).isVisible();
            screenshot(page, "figures-handout-1280.png");

            byte[] pdf = page.request().get(limber.url("/routines/" + routineId + "/handout.pdf?paper=a4")).body();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 100);
                Path file = Path.of("target", "screenshots", "figures-handout-pdf-page-1.png");
                Files.createDirectories(file.getParent());
                ImageIO.write(first, "png", file.toFile());
                // the figures' bodies are solid strokes of their own grey, which no text on the page is printed in
                assertThat(countPixels(first, 0x7d858f)).as("pixels of the figures' grey").isGreaterThan(300);
            }
        }
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    found++;
                }
            }
        }
        return found;
    }
}
