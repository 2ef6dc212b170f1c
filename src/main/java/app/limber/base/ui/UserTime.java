package app.limber.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days and times the way the person at the screen reads them: in their browser's time zone
 * (Vaadin hands it over with the page's first request) and in the UI's language, written as
 * their browser's country writes it where the browser asks for that language; UTC when the
 * browser says nothing usable. "Today" is their today.
 */
public record UserTime(ZoneId zone, Locale locale) {

    /** The person using this UI. */
    public static UserTime of(UI ui) {
        return new UserTime(zoneOf(ui), localeOf(ui));
    }

    /** "24 Nov 2026" (en-GB), "Nov 24, 2026" (en-US), "24.11.2026" (de): the day this instant falls on for them. */
    public String day(Instant instant) {
        return day(instant.atZone(zone).toLocalDate());
    }

    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** "24 Nov 2026, 11:00" (en-GB): the day and the time of day for them. */
    public String dayAndTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** Their date now. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static ZoneId zoneOf(UI ui) {
        String id = ui.getPage().getExtendedClientDetails().getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /**
     * The UI's language, in the browser's country where the browser asks for that language
     * ({@code en-GB} writes "24 Nov 2026", {@code en-US} "Nov 24, 2026"); a language chosen in
     * Limber that the browser does not ask for is written as that language writes it.
     */
    private static Locale localeOf(UI ui) {
        Locale language = ui.getLocale();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getHeader("Accept-Language") != null) {
            for (Locale asked : java.util.Collections.list(request.getLocales())) {
                if (asked.getLanguage().equals(language.getLanguage())) {
                    return asked;
                }
            }
        }
        return language;
    }
}
