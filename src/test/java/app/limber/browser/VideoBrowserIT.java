package app.limber.browser;

import app.limber.library.TestVideos;
import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach uploads a video of a stretch of their own in Chromium; on a phone the athlete's player
 * plays it in the figure's place, muted, looping, inline, by itself, and still for someone who asks
 * for reduced motion. The coach uploads a 3 MB H.264 MP4 (over the servlet container's default
 * 1 MB a file), then a VP8 and a VP9 WebM, whose poster her browser draws; the athlete plays the
 * VP9 (Debian's Chromium may lack H.264; the test prints whether it has it).
 */
class VideoBrowserIT extends BrowserTest {

    private static final String VIDEO = ".limber-player-video video";

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase());

    @Test
    void aCoachUploadsAVideoOfHerStretchAndTheAthletesPlayerPlaysItSilentlyInALoop() throws Exception {
        Path mp4 = Files.createTempFile("calf-video-", ".mp4"); // 3 MB: over the container's default 1 MB a file
        Files.write(mp4, TestVideos.h264Mp4Of(3 * 1024 * 1024));
        Path webm = Files.createTempFile("calf-video-", ".webm");
        Files.write(webm, TestVideos.vp8WebM());
        Path vp9 = Files.createTempFile("calf-video-vp9-", ".webm");
        Files.write(vp9, TestVideos.vp9WebM());
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
            assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Video"))).isVisible();

            upload(coach, mp4);
            assertThat(coach.getByText("Video added (H.264, 160 \u00d7 120 px).")).isVisible();
            upload(coach, webm);
            assertThat(coach.getByText("Video replaced (VP8, 160 \u00d7 120 px).", new Page.GetByTextOptions().setExact(false))).isVisible();
            upload(coach, vp9);
            assertThat(coach.getByText("Video replaced (VP9, 160 \u00d7 120 px).", new Page.GetByTextOptions().setExact(false))).isVisible();
            // the server cannot decode VP9: the coach's browser draws the first frame and sends it
            assertThat(coach.locator("limber-video[data-poster='sent']")).hasCount(1);
            assertThat(jdbc.queryForObject("select octet_length(poster) from stretch_video v join stretch s on s.video = v.token"
                    + " where s.id = ?", Integer.class, stretchId)).as("the poster the browser drew, stored").isPositive();
            Locator preview = coach.locator(".limber-stretch-video video");
            assertThat(preview).isVisible();
            coach.waitForFunction("() => document.querySelector('.limber-stretch-video video').currentTime > 0.3");
            screenshot(coach, "stretch-video-1280-light.png");
            coach.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(coach, "stretch-video-1280-dark.png");
            System.out.println("BROWSER Chromium plays H.264 MP4: " + coach.evaluate(
                    "() => document.createElement('video').canPlayType('video/mp4; codecs=\"avc1.42E01E\"') || 'no'"));
        } finally {
            Files.deleteIfExists(mp4);
            Files.deleteIfExists(webm);
            Files.deleteIfExists(vp9);
        }

        String title = twoStepRoutineGivenToAna(jdbc, "Video check", routineId ->
                jdbc.update("update routine_step set stretch_id = ? where routine_id = ? and position = 0", stretchId, routineId));

        try (BrowserContext context = browser.newContext(390, 844)) {
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            Locator video = ana.locator(VIDEO);
            assertThat(video).isVisible();
            assertThat(ana.locator(".limber-player-figure")).hasCount(0);
            ana.waitForFunction("() => { const v = document.querySelector('" + VIDEO + "'); return v && v.currentTime > 0.5; }");
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>) ana.evaluate("() => { const v = document.querySelector('" + VIDEO + "');"
                    + " return { muted: v.muted, loop: v.loop, playsInline: v.playsInline, autoplay: v.autoplay, paused: v.paused,"
                    + " controls: v.controls, poster: v.getAttribute('poster'), width: v.videoWidth,"
                    + " inline: v.getBoundingClientRect().width <= window.innerWidth }; }");
            assertThat(state).containsEntry("muted", true).containsEntry("loop", true).containsEntry("playsInline", true)
                    .containsEntry("autoplay", true).containsEntry("paused", false).containsEntry("controls", false)
                    .containsEntry("inline", true);
            assertThat(((Number) state.get("width")).intValue()).as("the video's own frame width: it decoded").isEqualTo(160);
            assertThat((String) state.get("poster")).matches("videos/[A-Za-z0-9_-]{22}/poster");
            assertThat(ana.evaluate("poster => fetch(poster).then(answer => answer.status + ' ' + answer.headers.get('Content-Type'))",
                    state.get("poster"))).as("the VP9 video's poster, drawn by the coach's browser").isEqualTo("200 image/jpeg");
            double first = ((Number) ana.evaluate("() => document.querySelector('" + VIDEO + "').currentTime")).doubleValue();
            ana.waitForFunction("t => { const v = document.querySelector('" + VIDEO + "'); return v.currentTime !== t; }", first);
            ana.waitForFunction("() => document.querySelector('" + VIDEO + "').currentTime < 0.5"
                    + " && document.querySelector('" + VIDEO + "').played.end(0) > 1.5");
            screenshot(ana, "player-video-390-light.png");
            ana.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(ana, "player-video-390-dark.png");
        }

        try (BrowserContext context = browser.newContext(390, 844)) {
            Page ana = context.newPage();
            ana.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            assertThat(ana.locator(VIDEO)).isVisible();
            ana.waitForFunction("() => document.querySelector('" + VIDEO + "').readyState >= 2");
            @SuppressWarnings("unchecked")
            Map<String, Object> still = (Map<String, Object>) ana.evaluate("() => { const v = document.querySelector('" + VIDEO + "');"
                    + " return { autoplay: v.autoplay, paused: v.paused, controls: v.controls, time: v.currentTime, muted: v.muted }; }");
            assertThat(still).as("reduced motion: still on its poster, controls to start it")
                    .containsEntry("autoplay", false).containsEntry("paused", true).containsEntry("controls", true)
                    .containsEntry("muted", true);
            assertThat(((Number) still.get("time")).doubleValue()).isZero();
            screenshot(ana, "player-video-390-reduced-motion.png");
        }
    }

    private static void upload(Page page, Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#video-upload vaadin-button").first().click());
        chooser.setFiles(file);
    }
}
