package app.limber.browser;

import app.limber.library.TestPhotos;
import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A coach uploads photos of a stretch of their own in Chromium; the athlete sees them with the step on a phone. */
class PhotosBrowserIT extends BrowserTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase());

    @Test
    void aCoachUploadsPhotosOfHerStretchAndTheAthleteSeesThemInThePlayer() throws Exception {
        Path png = Files.createTempFile("calf-photo-", ".jpg"); // a PNG under a JPEG's name
        Files.write(png, TestPhotos.png(1200, 900));
        Path withGps = Files.createTempFile("IMG_0042-", ".jpg");
        Files.write(withGps, TestPhotos.jpegWithGps(900, 1200));
        long stretchId;
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page coach = context.newPage();
            logIn(coach, "coach@limber.test", "limber-coach-demo");
            coach.navigate(limber.url("/library?q=cactus"));
            coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upper back opener (cactus arms)").setExact(true)).click();
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy to my stretches")).click();
            assertThat(coach).hasURL(Pattern.compile("/library/edit/\\d+$"));
            stretchId = Long.parseLong(coach.url().replaceAll(".*/library/edit/(\\d+)$", "$1"));
            coach.navigate(limber.url("/library/stretch/" + stretchId));
            assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Photos"))).isVisible();

            upload(coach, png);
            Locator message = coach.locator(".limber-stretch-section", new Page.LocatorOptions().setHas(coach.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Photos")))).locator(".limber-upload-message");
            assertThat(message).containsText("Photo added (PNG");
            upload(coach, withGps);
            assertThat(message).containsText("Photo added (JPEG");
            assertThat(coach.locator(".limber-photo img")).hasCount(2);
            assertThat(loadedImages(coach)).isEqualTo(2);
            screenshot(coach, "stretch-photos-1280-light.png");
            coach.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(coach, "stretch-photos-1280-dark.png");
        }

        String title = twoStepRoutineGivenToAna(jdbc, "Photo check", routineId ->
                jdbc.update("update routine_step set stretch_id = ? where routine_id = ? and position = 0", stretchId, routineId));

        try (BrowserContext context = browser.newContext(390, 844)) {
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            // one tap: the step with its photos, no overview in between
            assertThat(ana.locator(".limber-player-step .limber-photo img")).hasCount(2);
            ana.locator(".limber-player-step .limber-photos").scrollIntoViewIfNeeded();
            assertThat(loadedImages(ana)).as("the athlete's browser got both thumbnails").isEqualTo(2);
            screenshot(ana, "player-photos-390-light.png");
            ana.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(ana, "player-photos-390-dark.png");
        }
    }

    private static void upload(Page page, Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button, vaadin-upload [part~='upload-button']").first().click());
        chooser.setFiles(file);
    }

    /** Photos the browser has loaded and decoded (a refused address shows none). */
    private static int loadedImages(Page page) {
        page.waitForFunction("() => [...document.querySelectorAll('.limber-photo img')].every(img => img.complete)");
        return ((Number) page.evaluate("() => [...document.querySelectorAll('.limber-photo img')]"
                + ".filter(img => img.complete && img.naturalWidth > 0).length")).intValue();
    }
}
