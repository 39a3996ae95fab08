package kz.sheber.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff pick the dates to skip from the series' own dates, the ones the series would create. */
class NewSeriesDialogTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @BeforeEach
    void openTheNewSeriesDialog() {
        login(people.create(Roles.ADMIN));
        open("admin/sessions", Languages.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("new-series")));
    }

    @Test
    void the_dates_offered_for_skipping_are_the_chosen_weekdays_up_to_the_last_date_included() {
        plan(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "2027-03-01", "2027-03-15");

        assertThat(offered())
                .containsExactly(
                        LocalDate.parse("2027-03-01"),
                        LocalDate.parse("2027-03-03"),
                        LocalDate.parse("2027-03-08"),
                        LocalDate.parse("2027-03-10"),
                        LocalDate.parse("2027-03-15"));
    }

    @Test
    void a_date_already_picked_stays_picked_while_it_is_still_offered() {
        plan(Set.of(DayOfWeek.MONDAY), "2027-03-01", "2027-03-29");
        skipped().select(LocalDate.parse("2027-03-08"), LocalDate.parse("2027-03-22"));

        _get(DatePicker.class, spec -> spec.withId("lastDate")).setValue(LocalDate.parse("2027-03-15"));

        assertThat(skipped().getValue()).containsExactly(LocalDate.parse("2027-03-08"));
    }

    @Test
    void a_plan_longer_than_a_year_offers_nothing_to_skip() {
        plan(Set.of(DayOfWeek.MONDAY), "2027-03-01", "2028-03-01");
        assertThat(offered()).hasSize(53);

        _get(DatePicker.class, spec -> spec.withId("lastDate")).setValue(LocalDate.parse("2028-03-02"));
        assertThat(offered()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void plan(Set<DayOfWeek> weekdays, String first, String last) {
        _get(CheckboxGroup.class, spec -> spec.withId("weekdays")).setValue(weekdays);
        _get(DatePicker.class, spec -> spec.withId("firstDate")).setValue(LocalDate.parse(first));
        _get(DatePicker.class, spec -> spec.withId("lastDate")).setValue(LocalDate.parse(last));
    }

    private static List<LocalDate> offered() {
        return skipped().getListDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<LocalDate> skipped() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("skipped"));
    }
}
