package app.limber.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for browser tests: the system's Chromium where one is installed
 * (here Debian's, with Playwright's browser download switched off), otherwise the
 * one Playwright fetches for itself.
 */
public final class Browser implements AutoCloseable {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static Browser launch() {
        boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
        var createOptions = new Playwright.CreateOptions();
        if (systemChromium) {
            createOptions.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        Playwright playwright = Playwright.create(createOptions);
        var launchOptions = new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
        if (systemChromium) {
            launchOptions.setExecutablePath(SYSTEM_CHROMIUM);
        }
        return new Browser(playwright, playwright.chromium().launch(launchOptions));
    }

    /** Every Content-Security-Policy violation a page reported since the last {@link #takeCspViolations()}. */
    private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * A fresh browser profile: no cookies, no session. Its pages report every
     * Content-Security-Policy violation (Chromium's console line, and the page's
     * {@code securitypolicyviolation} event) to {@link #takeCspViolations()}.
     */
    public BrowserContext newContext(int width, int height) {
        return newContext(width, height, "en-US");
    }

    /** As {@link #newContext(int, int)}, in a browser that asks for this language ({@code es-ES}: its Accept-Language and navigator.language). */
    public BrowserContext newContext(int width, int height, String locale) {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(width, height).setLocale(locale));
        context.addInitScript("""
                document.addEventListener('securitypolicyviolation', event =>
                    console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI));
                """);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().startsWith("CSP violation")) {
                cspViolations.add(message.page() == null ? message.text() : message.page().url() + ": " + message.text());
            }
        });
        return context;
    }

    /** The violations reported since the last call (and forgets them). */
    public List<String> takeCspViolations() {
        List<String> taken = List.copyOf(cspViolations);
        cspViolations.clear();
        return taken;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
