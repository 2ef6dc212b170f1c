package app.limber.coaching.web;

import app.limber.base.PublicAddress;
import app.limber.base.web.ReaderLanguage;
import app.limber.coaching.CalendarFeedService;
import app.limber.coaching.CalendarFeedThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An athlete's calendar feed, {@code /calendar/{token}.ics}, for calendar apps (no one signed in).
 * Each look-up counts against the client's address first (like share links, in PostgreSQL); a
 * token that is not a feed's gets a bare 404, the same for a wrong, a renewed and a turned-off one.
 */
@Controller
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final CalendarFeedThrottle throttle;
    private final PublicAddress address;
    private final ReaderLanguage readers;

    CalendarFeedController(CalendarFeedService feeds, CalendarFeedThrottle throttle, PublicAddress address,
                           ReaderLanguage readers) {
        this.feeds = feeds;
        this.throttle = throttle;
        this.address = address;
        this.readers = readers;
    }

    @GetMapping(CalendarFeedService.PATH + "{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        if (!throttle.tryLookup(request.getRemoteAddr())) {
            return bare(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").build();
        }
        // an athlete who chose no language gets the feed in the calendar app's
        return feeds.feed(token, address.base(request), readers.of(request, response))
                .map(file -> bare(HttpStatus.OK).contentType(CALENDAR)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate())
                        .header("Content-Disposition", "inline; filename=\"limber.ics\"")
                        .body(file))
                .orElseGet(() -> bare(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build());
    }

    /** Not for search engines, never sent on as a referrer (the address is the secret), not sniffed. */
    private static ResponseEntity.BodyBuilder bare(HttpStatus status) {
        return ResponseEntity.status(status).header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer").header("X-Content-Type-Options", "nosniff");
    }
}
