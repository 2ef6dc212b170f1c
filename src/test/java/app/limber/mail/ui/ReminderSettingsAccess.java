package app.limber.mail.ui;

import java.time.LocalTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** The Settings page's reminder controls, as an athlete uses them (for tests in other packages). */
public final class ReminderSettingsAccess {

    private ReminderSettingsAccess() {
    }

    public static void turnOn(LocalTime at) {
        ReminderSettings section = _get(ReminderSettings.class);
        _setValue(section.on, true);
        _setValue(section.time, at);
        _click(section.save);
    }

    public static boolean isOn() {
        return _get(ReminderSettings.class).on.getValue();
    }
}
