package app.limber.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker in the reader's language: month and day names from the JDK's calendar data for
 * their locale, the week starting where theirs does, and the picker's own words (Today, Cancel,
 * a date it cannot read) from the texts. Vaadin's picker speaks English until it is told otherwise.
 */
public final class DatePickerWords {

    private DatePickerWords() {
    }

    /** Puts the picker in the current UI's language (its locale formats and parses the typed date). */
    public static DatePicker inReadersLanguage(DatePicker picker) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        picker.setLocale(locale);
        picker.setI18n(words(locale, ui));
        return picker;
    }

    static DatePicker.DatePickerI18n words(Locale locale, UI ui) {
        // the picker's lists start on Sunday, as JavaScript's days do
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(text(ui, "date-picker.today"))
                .setCancel(text(ui, "date-picker.cancel"))
                .setBadInputErrorMessage(text(ui, "date-picker.bad-input"));
    }

    private static String text(UI ui, String key) {
        return ui == null ? app.limber.base.Translations.english(key) : ui.getTranslation(key);
    }
}
