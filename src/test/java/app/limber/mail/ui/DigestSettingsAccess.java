package app.limber.mail.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** The Settings page's digest controls, as a coach uses them (for tests in other packages). */
public final class DigestSettingsAccess {

    private DigestSettingsAccess() {
    }

    public static void turnOn(DayOfWeek day, LocalTime at) {
        DigestSettings section = _get(DigestSettings.class);
        _setValue(section.on, true);
        _setValue(section.day, day);
        _setValue(section.time, at);
        _click(section.save);
    }
}
