package kz.sheber.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Date and time fields as people in Kazakhstan write and read them, in every language: 04.12.2026 shown, 04.12.2026
 * and 4.12.2026 (and 2026-12-04) understood, months and weekdays from the translation bundles (Vaadin has no
 * Kazakh of its own), weeks from Monday, and a translated message for a date it cannot read. Every date field
 * comes from here, so they all behave alike.
 */
public final class LocalDatePickers {

    static final String FORMAT = "dd.MM.yyyy";
    private static final String[] ALSO_UNDERSTOOD = {"d.M.yyyy", "dd.MM.yy", "yyyy-MM-dd"};

    private LocalDatePickers() {}

    public static DatePicker date(@Nullable String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = locale();
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }

    public static DatePicker date() {
        return date(null);
    }

    public static DateTimePicker dateTime(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        Locale locale = locale();
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(locale));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(text(locale, "date.field.date"))
                .setTimeLabel(text(locale, "date.field.time"))
                .setBadInputErrorMessage(text(locale, "date.badDateTime"))
                .setIncompleteInputErrorMessage(text(locale, "date.incomplete"))
                .setRequiredErrorMessage(text(locale, "date.required"))
                .setMinErrorMessage(text(locale, "date.tooEarly"))
                .setMaxErrorMessage(text(locale, "date.tooLate")));
        return picker;
    }

    public static TimePicker time(String label) {
        TimePicker picker = new TimePicker(label);
        Locale locale = locale();
        picker.setLocale(locale);
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(text(locale, "date.badTime"))
                .setRequiredErrorMessage(text(locale, "date.required"))
                .setMinErrorMessage(text(locale, "date.tooEarly"))
                .setMaxErrorMessage(text(locale, "date.tooLate")));
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(FORMAT, ALSO_UNDERSTOOD)
                .setMonthNames(list(locale, "date.months"))
                .setWeekdays(list(locale, "date.weekdays"))
                .setWeekdaysShort(list(locale, "date.weekdaysShort"))
                .setFirstDayOfWeek(1)
                .setToday(text(locale, "date.today"))
                .setCancel(text(locale, "date.cancel"))
                .setBadInputErrorMessage(text(locale, "date.badDate"))
                .setRequiredErrorMessage(text(locale, "date.required"))
                .setMinErrorMessage(text(locale, "date.tooEarly"))
                .setMaxErrorMessage(text(locale, "date.tooLate"));
    }

    private static List<String> list(Locale locale, String key) {
        return Arrays.stream(text(locale, key).split(",")).map(String::strip).toList();
    }

    private static String text(Locale locale, String key) {
        return I18NProvider.translate(locale, key);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.getDefault();
    }
}
