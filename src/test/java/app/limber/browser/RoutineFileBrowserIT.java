package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium at 1280 × 800: a coach exports a routine from its card, tries to import a file
 * that is not a routine (told why, nothing made), then imports the exported file as a new draft.
 */
class RoutineFileBrowserIT extends BrowserTest {

    @Test
    void aCoachExportsARoutineAndImportsItAsANewDraft() throws Exception {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page coach = context.newPage();
            logIn(coach, "coach@limber.test", "limber-coach-demo");
            coach.navigate(limber.url("/routines"));
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start from a template")).first().click();
            coach.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText("Pre-run dynamic warm-up"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use this template")).click();
            assertThat(coach).hasURL(Pattern.compile("/routines/\\d+$"));
            Matcher id = Pattern.compile("/routines/(\\d+)$").matcher(coach.url());
            assertThat(id.find()).isTrue();

            coach.navigate(limber.url("/routines"));
            Locator export = coach.locator("a[href='routines/" + id.group(1) + "/routine.json']");
            assertThat(export).hasText("Export");
            Download download = coach.waitForDownload(export::click);
            assertThat(download.suggestedFilename()).isEqualTo("pre-run-dynamic-warm-up.limber.json");
            Path file = Files.createTempFile("routine", ".limber.json");
            download.saveAs(file);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"format\" : \"limber-routine\"");
            Axe.inScheme(coach, "light", () -> screenshot(coach, "routines-export-coach-light.png"));
            Axe.inScheme(coach, "dark", () -> screenshot(coach, "routines-export-coach-dark.png"));
            Axe.check(coach, "routines-with-export");

            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
            Locator dialog = coach.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText("Import a routine");
            Path notARoutine = Files.createTempFile("notes", ".json");
            Files.writeString(notARoutine, "{\"shopping\": [\"milk\"]}");
            FileChooser chooser = coach.waitForFileChooser(() -> dialog.getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Choose a routine file…")).click());
            chooser.setFiles(notARoutine);
            assertThat(coach.locator("#import-problems")).containsText("Nothing was imported.");
            assertThat(coach.locator("#import-problems li")).hasText(
                    "This is not a Limber routine file: its “format” should be “limber-routine”.");
            Axe.inScheme(coach, "light", () -> screenshot(coach, "routines-import-refused-coach-light.png"));
            Axe.inScheme(coach, "dark", () -> screenshot(coach, "routines-import-refused-coach-dark.png"));
            Axe.check(coach, "routines-import-dialog");

            chooser = coach.waitForFileChooser(() -> dialog.getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Choose a routine file…")).click());
            chooser.setFiles(file);
            assertThat(coach).hasURL(Pattern.compile("/routines/(?!" + id.group(1) + "$)\\d+$"));
            assertThat(coach.getByLabel("Title")).hasValue("Pre-run dynamic warm-up");
        }
    }
}
