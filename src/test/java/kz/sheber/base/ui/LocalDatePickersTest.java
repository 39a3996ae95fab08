package kz.sheber.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every date field reads and writes day.month.year with its language's month names; the browser's own parsing of
 * what is typed is proven by DateFieldsIT, this proves each page hands it those formats.
 */
class LocalDatePickersTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @Test
    void a_kazakh_date_field_shows_and_understands_day_month_year_with_kazakh_months_and_a_kazakh_message() {
        open("timetable", Languages.KAZAKH);
        DatePicker.DatePickerI18n i18n = LocalDatePickers.i18n(Languages.KAZAKH);

        assertThat(i18n.getDateFormats()).startsWith("dd.MM.yyyy").contains("d.M.yyyy");
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Қаңтар").endsWith("Желтоқсан");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("Жексенбі");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getBadInputErrorMessage()).contains("04.12.2026").contains("күн.ай.жыл");
    }

    @Test
    void a_russian_date_field_has_russian_months_and_message() {
        DatePicker.DatePickerI18n i18n = LocalDatePickers.i18n(Languages.RUSSIAN);

        assertThat(i18n.getDateFormats()).startsWith("dd.MM.yyyy").contains("d.M.yyyy");
        assertThat(i18n.getMonthNames()).startsWith("Январь");
        assertThat(i18n.getWeekdaysShort()).startsWith("Вс", "Пн");
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("Введите дату как день.месяц.год, например 04.12.2026.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"timetable", "admin/sessions", "admin/rosters", "admin/audit", "admin/dashboard"})
    void every_date_field_on_a_page_uses_the_centres_format_in_kazakh_and_russian(String route) {
        login(people.create(Roles.ADMIN));
        for (Locale language : List.of(Languages.KAZAKH, Languages.RUSSIAN)) {
            open(route, language);
            List<DatePicker> fields = _find(DatePicker.class);
            assertThat(fields).as(route + " has date fields").isNotEmpty();
            fields.forEach(field -> assertCentreFormat(field.getI18n(), language));
        }
    }

    @Test
    void the_session_and_series_dialogs_use_the_centres_format_and_say_what_is_wrong_with_a_time() {
        login(people.create(Roles.ADMIN));
        open("admin/sessions", Languages.RUSSIAN);
        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _find(DateTimePicker.class).forEach(field -> {
            assertCentreFormat(field.getDatePickerI18n(), Languages.RUSSIAN);
            assertThat(field.getI18n().getBadInputErrorMessage()).contains("18:30");
        });
        assertThat(_find(DateTimePicker.class)).hasSize(2);

        _find(Dialog.class).forEach(Dialog::close);
        MockVaadin.clientRoundtrip(false);
        open("admin/sessions", Languages.KAZAKH);
        _click(_get(Button.class, spec -> spec.withId("new-series")));
        _find(DatePicker.class).forEach(field -> assertCentreFormat(field.getI18n(), Languages.KAZAKH));
        _find(TimePicker.class)
                .forEach(field ->
                        assertThat(field.getI18n().getBadInputErrorMessage()).startsWith("Уақытты"));
    }

    private static void assertCentreFormat(DatePicker.DatePickerI18n i18n, Locale language) {
        assertThat(i18n).isNotNull();
        assertThat(i18n.getDateFormats()).first().isEqualTo("dd.MM.yyyy");
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo(language.equals(Languages.KAZAKH) ? "Қаңтар" : "Январь");
        assertThat(i18n.getBadInputErrorMessage()).contains("04.12.2026");
    }
}
