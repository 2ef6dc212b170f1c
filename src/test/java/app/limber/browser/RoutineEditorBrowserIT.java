package app.limber.browser;

import app.limber.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium: drag stretches and steps (with the insertion line), typed text that is
 * saved without leaving the field, the question before leaving with something unsaved, and
 * two browsers on one routine that merge their changes and settle a true conflict.
 */
class RoutineEditorBrowserIT extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions A_FEW_SECONDS = new LocatorAssertions.HasTextOptions().setTimeout(10_000);

    @Test
    void dragAStretchIntoTheMiddleAndReorderStepsWithTheInsertionLineShowingWhere() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            String editor = newRoutineFromTemplate(page, "Calf-cramp relief mid-run");

            Locator stepNames = page.locator(".limber-step .limber-step-name");
            assertThat(stepNames).hasText(new String[]{
                    "Standing calf cramp release with shin contraction", "Standing knee bend for a calf cramp",
                    "Standing lunge for a calf cramp", "Self-massage for a cramp"});

            Locator pickerCount = page.locator(".limber-picker-count");
            assertThat(pickerCount).containsText("stretches");
            String wholeLibrary = pickerCount.textContent();
            page.getByLabel("Search stretches").fill("high knees");
            // the search applies after a short pause in typing; wait until the list has narrowed (and the status, the routine's only, stays)
            assertThat(pickerCount).not().hasText(wholeLibrary);
            assertThat(page.locator(".limber-save-status")).hasText("All changes saved");
            Locator highKnees = page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("High knees").setExact(true));
            assertThat(highKnees).hasCount(1);
            drag(page, highKnees, page.locator(".limber-step").nth(1));
            assertThat(stepNames).hasText(new String[]{
                    "Standing calf cramp release with shin contraction", "High knees", "Standing knee bend for a calf cramp",
                    "Standing lunge for a calf cramp", "Self-massage for a cramp"});

            // mid-drag: the line sits at the top edge of the step it would go before
            Locator grip = page.locator(".limber-step").nth(4).locator(".limber-step-grip");
            Locator target = page.locator(".limber-step").nth(0);
            target.scrollIntoViewIfNeeded(); // adding scrolled the new step into view
            var from = grip.boundingBox();
            page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
            page.mouse().down();
            page.mouse().move(from.x + 12, from.y + 12, new Mouse.MoveOptions().setSteps(5));
            var to = target.boundingBox();
            page.mouse().move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(10));
            assertThat(target).hasAttribute("data-drop-here", "");
            assertThat(page.locator("[data-drop-here]")).hasCount(1);
            String line = (String) target.evaluate("row => getComputedStyle(row, '::before').backgroundColor");
            Assertions.assertThat(line).as("the insertion line is drawn").isNotBlank().isNotEqualTo("rgba(0, 0, 0, 0)");
            screenshot(page, "routine-editor-insertion-line.png");
            page.mouse().up();

            String[] expected = {"Self-massage for a cramp", "Standing calf cramp release with shin contraction",
                    "High knees", "Standing knee bend for a calf cramp", "Standing lunge for a calf cramp"};
            assertThat(stepNames).hasText(expected);

            drag(page, page.locator(".limber-step").nth(0).locator(".limber-step-grip"), page.locator(".limber-step").nth(2));
            expected = new String[]{"Standing calf cramp release with shin contraction", "Self-massage for a cramp",
                    "High knees", "Standing knee bend for a calf cramp", "Standing lunge for a calf cramp"};
            assertThat(stepNames).hasText(expected);
            assertThat(page.locator(".limber-save-status")).hasText("All changes saved");

            // eight steps fit on a laptop screen
            for (String name : List.of("Butt kicks", "Arm circles", "Leg swings, front to back")) {
                page.getByLabel("Search stretches").fill(name);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add " + name).setExact(true)).click();
            }
            assertThat(page.locator(".limber-step")).hasCount(8);
            page.locator(".limber-back-link").scrollIntoViewIfNeeded(); // the editor as it opens: its top in view
            var eighth = page.locator(".limber-step").nth(7).boundingBox();
            Assertions.assertThat(eighth.y + eighth.height).as("the eighth row ends on the screen").isLessThanOrEqualTo(800);
            screenshot(page, "routine-editor.png");

            page.reload();
            assertThat(stepNames.first()).hasText(expected[0]);
            assertThat(page).hasURL(editor);
        }
    }

    @Test
    void aNoteIsSavedWhileTheCoachPausesWithoutLeavingTheField() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            newRoutineFromTemplate(page, "Calf-cramp relief mid-run");
            Locator status = page.locator(".limber-save-status");

            page.locator(".limber-step-toggle").first().click();
            Locator note = page.getByLabel("Note for the athlete");
            note.pressSequentially("Łódź 🏃 easy does it");
            assertThat(status).hasText(Pattern.compile("Unsaved changes|Saving…"));
            // no blur: the pause alone saves it
            assertThat(status).hasText("All changes saved", A_FEW_SECONDS);
            assertThat(note).isFocused();
            page.reload();
            page.locator(".limber-step-toggle").first().click();
            assertThat(page.getByLabel("Note for the athlete")).hasValue("Łódź 🏃 easy does it");

        }
    }

    @Test
    void reloadingAtOnceAfterTypingAsksBeforeLeaving() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            logIn(page, "coach@limber.test", "limber-coach-demo");
            newRoutineFromTemplate(page, "Calf-cramp relief mid-run");
            List<String> asked = new ArrayList<>();
            page.onDialog(dialog -> {
                asked.add(dialog.type());
                dialog.dismiss();
            });

            page.getByLabel("Title").pressSequentially(" and more");
            page.evaluate("location.reload()");
            page.waitForCondition(() -> !asked.isEmpty());
            assertThat(page.getByLabel("Title")).hasValue(Pattern.compile(" and more"));

            Assertions.assertThat(asked).as("the page asked before leaving").containsExactly("beforeunload");
        }
    }

    @Test
    void twoBrowsersOnOneRoutineMergeTheirChangesAndChooseInATrueConflict() {
        try (BrowserContext first = browser.newContext(1280, 800); BrowserContext second = browser.newContext(1280, 800)) {
            Page a = first.newPage();
            List<String> asked = new ArrayList<>();
            logIn(a, "coach@limber.test", "limber-coach-demo");
            String editor = newRoutineFromTemplate(a, "Calf-cramp relief mid-run");
            Page b = second.newPage();
            for (Page page : List.of(a, b)) {
                page.onDialog(dialog -> {
                    asked.add(dialog.type() + " " + dialog.message());
                    dialog.accept();
                });
            }
            logIn(b, "coach@limber.test", "limber-coach-demo");
            b.navigate(editor);
            for (Page page : List.of(a, b)) {
                page.locator(".limber-step-toggle").first().click();
            }

            a.getByLabel("Rest after (s)").fill("25");
            a.getByLabel("Rest after (s)").blur();
            b.getByLabel("Reps").fill("4");
            b.getByLabel("Reps").blur();
            for (Page page : List.of(a, b)) {
                assertThat(page.getByLabel("Rest after (s)")).hasValue("25");
                assertThat(page.getByLabel("Reps")).hasValue("4");
                assertThat(page.locator(".limber-step-summary").first()).containsText("rest 25 s");
                assertThat(page.locator(".limber-save-status")).hasText("All changes saved");
                assertThat(page.locator("vaadin-notification-card")).hasCount(0);
            }

            // B's connection stalls while B types the note; meanwhile A stores a note of its own
            List<Route> held = new ArrayList<>();
            boolean[] holding = {true};
            Pattern uidl = Pattern.compile(".*v-r=uidl.*");
            second.route(uidl, route -> {
                if (holding[0]) {
                    held.add(route);
                } else {
                    route.resume();
                }
            });
            b.getByLabel("Note for the athlete").fill("B: keep the heel down");
            b.getByLabel("Note for the athlete").blur();
            a.getByLabel("Note for the athlete").fill("A: slow breath out");
            a.getByLabel("Note for the athlete").blur();
            assertThat(a.locator(".limber-save-status")).hasText("All changes saved", A_FEW_SECONDS);
            holding[0] = false;
            held.forEach(Route::resume);
            second.unroute(uidl);

            Locator conflict = b.locator(".limber-field-feedback[data-kind='conflict']");
            assertThat(conflict).containsText("A: slow breath out", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            assertThat(b.getByLabel("Note for the athlete")).hasValue("B: keep the heel down");
            assertThat(b.locator(".limber-save-status")).containsText("changed elsewhere");
            screenshot(b, "routine-editor-conflict.png");
            conflict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep mine")).click();

            assertThat(b.locator(".limber-save-status")).hasText("All changes saved", A_FEW_SECONDS);
            assertThat(a.getByLabel("Note for the athlete")).hasValue("B: keep the heel down");
            b.reload();
            b.locator(".limber-step-toggle").first().click();
            assertThat(b.getByLabel("Note for the athlete")).hasValue("B: keep the heel down");
            Assertions.assertThat(asked).as("everything was saved: leaving asks nothing").isEmpty();
        }
    }

    /** A new routine from a starter template; the editor's address. */
    static String newRoutineFromTemplate(Page page, String template) {
        page.navigate(limber.url("/routines"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start from a template")).first().click();
        page.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText(template))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use this template")).click();
        assertThat(page).hasURL(Pattern.compile("/routines/\\d+$"));
        assertThat(page.locator(".limber-step").first()).isVisible();
        return page.url();
    }
}
