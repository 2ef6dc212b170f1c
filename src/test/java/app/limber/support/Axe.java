package app.limber.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in the browser tests: {@link #check(Page, String)} scans the page as it is, in light
 * and in dark, saves each report as {@code target/axe/<view>-light.json} and
 * {@code <view>-dark.json}, and fails on any finding, of any impact, naming each one.
 * Dark is set as the app sets it: the {@code theme} attribute and {@code color-scheme} on
 * {@code <html>} (what Vaadin's {@code Page.setColorScheme} does), or, on pages that follow the
 * device ({@code theme="light-dark"}: share links), the device's preference.
 */
public final class Axe {

    public static final Path REPORTS = Path.of("target", "axe");
    private static final String SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /*
     * Vaadin's connection indicator is not scanned (see below). One finding is Vaadin's, not ours, and is left out of the failures (it stays in the report):
     * vaadin-grid sizes its columns with a hidden row of cells in a <caption id="sizer"> of its
     * table, which axe-core counts as gridcells the grid may not hold (aria-required-children).
     * Only a finding whose every offending child lies in that sizer is left out.
     */
    private static final String RUN = """
            async () => {
              const find = target => {
                let root = document, element = null;
                for (const step of [].concat(target)) {
                  for (const selector of [].concat(step)) {
                    element = root && root.querySelector(selector);
                    root = element && element.shadowRoot;
                  }
                }
                return element;
              };
              const inGridSizer = node => node.any.length > 0 && node.any.every(check =>
                (check.relatedNodes || []).every(related => {
                  const cell = find(related.target);
                  return cell && cell.closest('caption#sizer') && cell.getRootNode().host
                    && cell.getRootNode().host.localName === 'vaadin-grid';
                })) && node.any.some(check => (check.relatedNodes || []).length > 0);
              // Vaadin's connection indicator is left out: its "Online" and "Offline" messages fade in
              // and out over the page, and a scan mid-fade reads colours it never settles on
              const results = await axe.run({ exclude: [['vaadin-connection-indicator']] }, { resultTypes: ['violations'] });
              // every finding fails, whatever its impact: the moderate ones (headings out of order,
              // landmarks no one can tell apart) are what a screen-reader user meets on every page
              const failing = results.violations
                .map(v => ({ ...v, nodes: v.id === 'aria-required-children' ? v.nodes.filter(n => !inGridSizer(n)) : v.nodes }))
                .filter(v => v.nodes.length > 0)
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)).join(', '));
              return { report: JSON.stringify(results, null, 1), failing };
            }""";

    private static final String SETTLED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200))))";

    private Axe() {
    }

    /** Scans the page in light and dark; fails, after both scans, on any finding. */
    public static void check(Page page, String view) {
        assertThat(scan(page, view)).as("axe-core findings on " + view + " (reports in " + REPORTS + ")").isEmpty();
    }

    /**
     * Scans the page in light and dark and saves both reports.
     *
     * @return the findings, each with its view, look, rule, impact and first places
     */
    public static List<String> scan(Page page, String view) {
        // a view sets the page's title as it is drawn: scanning before that reports what no one sees
        page.waitForFunction("() => document.title.length > 0");
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String finding : scanIn(page, view, scheme)) {
                found.add(view + " " + finding);
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<String> scanIn(Page page, String view, String scheme) {
        List<String> found = new ArrayList<>();
        inScheme(page, scheme, () -> {
            if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
                page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
            }
            var result = (Map<String, Object>) page.evaluate(RUN);
            try {
                Files.createDirectories(REPORTS);
                Files.writeString(REPORTS.resolve(view + "-" + scheme + ".json"), (String) result.get("report"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Object finding : (List<Object>) result.get("failing")) {
                found.add(scheme + ": " + finding);
            }
        });
        return found;
    }

    /**
     * Does something with the page shown light or dark, as the app would show it, then puts the
     * page back as it was.
     *
     * @param scheme "light" or "dark"
     */
    public static void inScheme(Page page, String scheme, Runnable action) {
        String theme = (String) page.evaluate("() => document.documentElement.getAttribute('theme')");
        String style = (String) page.evaluate("() => document.documentElement.style.colorScheme");
        boolean followsDevice = theme != null && theme.contains("light-dark");
        if (followsDevice) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
        } else {
            page.evaluate("scheme => { document.documentElement.setAttribute('theme', scheme); document.documentElement.style.colorScheme = scheme; }", scheme);
        }
        try {
            page.evaluate(SETTLED);
            action.run();
        } finally {
            if (followsDevice) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(null));
            } else {
                page.evaluate("([theme, style]) => { if (theme === null) document.documentElement.removeAttribute('theme'); else document.documentElement.setAttribute('theme', theme); document.documentElement.style.colorScheme = style; }",
                        java.util.Arrays.asList(theme, style == null ? "" : style));
            }
        }
    }

    private static String script() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath (" + SCRIPT + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
