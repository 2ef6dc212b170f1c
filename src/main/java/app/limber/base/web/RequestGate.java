package app.limber.base.web;

import app.limber.base.Words;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets so many page loads and Vaadin requests work at once ({@link RequestGateSettings}: by
 * default as many as the database pool has connections), the rest waiting their turn in order
 * of arrival. Requests run on virtual threads, so without it a burst (1,000 viewers opening one
 * share link within a second) ran all at once: each held its pool connection while it waited
 * for the 2 cores, the others waited more than the pool's 3 s for a connection, and hundreds of
 * viewers were told the database could not be reached while it was answering. Behind the gate
 * a request that starts has the machine and a connection to itself and is done quickly.
 *
 * <p>What it does not hold: Vaadin's files and the app's static files, push and heartbeats,
 * photos and videos (a video plays as range requests for minutes), the health probes. While
 * the pool has no connection at all (the database down), requests pass without waiting, so
 * that each is told so within the pool's time-out rather than after a queue of such waits. A
 * request that waited {@code wait} without its turn is answered 503 with Retry-After, "Limber is
 * busy" in the reader's language.
 */
class RequestGate extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGate.class);

    private final Semaphore turns;
    private final int atOnce;
    private final Duration wait;
    private final HikariDataSource pool;
    private final ReaderLanguage readers;

    RequestGate(int atOnce, Duration wait, DataSource dataSource, ReaderLanguage readers) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("limber.requests.at-once must be at least 1, not " + atOnce);
        }
        this.atOnce = atOnce;
        this.turns = new Semaphore(atOnce, true);
        this.wait = wait;
        this.pool = hikariOf(dataSource);
        this.readers = readers;
    }

    /** The database pool's size, or {@code fallback} when the data source is not Hikari's. */
    static int poolSize(DataSource dataSource, int fallback) {
        HikariDataSource hikari = hikariOf(dataSource);
        return hikari == null ? fallback : hikari.getMaximumPoolSize();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isHeld(request) || databaseAway()) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            log.warn("Answered 503 busy: {} waited {} for one of {} turns ({} waiting)", request.getRequestURI(), wait,
                    atOnce, turns.getQueueLength());
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** Requests waiting for their turn now. */
    int waiting() {
        return turns.getQueueLength();
    }

    /** Turns free now. */
    int free() {
        return turns.availablePermits();
    }

    /**
     * A page load (an address without a file name), one of Vaadin's requests that run the UI
     * (init, UIDL), a form post, or a handout: what reads the database or builds a page.
     */
    static boolean isHeld(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/") || path.startsWith("/actuator/") || path.contains("/photos/")
                || path.contains("/videos/")) {
            return false;
        }
        String vaadinRequest = request.getParameter("v-r");
        if (vaadinRequest != null) {
            return vaadinRequest.equals("init") || vaadinRequest.equals("uidl");
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        // a PDF is a handout, drawn from the database for each request
        return !lastSegment.contains(".") || lastSegment.endsWith(".pdf");
    }

    /** Whether the pool has no connection at all: the database down, every attempt to connect failing. */
    private boolean databaseAway() {
        HikariPoolMXBean connections = pool == null ? null : pool.getHikariPoolMXBean();
        return connections != null && connections.getTotalConnections() == 0;
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var reader = readers.of(request, response);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = PlainPage.html(reader, Words.of("busy-page.title"), Words.of("busy-page.title"),
                Words.of("busy-page.text"), null, request.getContextPath() + "/").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static HikariDataSource hikariOf(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException notAWrapper) {
            return null;
        }
    }
}
