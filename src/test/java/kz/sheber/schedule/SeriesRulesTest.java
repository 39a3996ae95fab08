package kz.sheber.schedule;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import kz.sheber.base.InvalidInput;
import org.junit.jupiter.api.Test;

/** What staff are told, beside which field, when a weekly plan cannot be made. */
class SeriesRulesTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-12-01");
    private static final LocalTime EVENING = LocalTime.of(18, 30);

    @Test
    void a_plan_of_exactly_one_year_is_accepted_and_a_day_more_is_too_long() {
        assertThatCode(() -> SeriesRules.check(plan(Set.of(MONDAY), FIRST, LocalDate.parse("2027-12-01"), EVENING)))
                .doesNotThrowAnyException();
        assertThat(refusal(plan(Set.of(MONDAY), FIRST, LocalDate.parse("2027-12-02"), EVENING)))
                .containsExactly(Map.entry("lastDate", "schedule.series.tooLong"));
    }

    @Test
    void the_one_year_rule_counts_from_29_february_to_28_february() {
        LocalDate leapDay = LocalDate.parse("2028-02-29");
        assertThat(SeriesRules.withinAYear(leapDay, LocalDate.parse("2029-02-28")))
                .isTrue();
        assertThat(SeriesRules.withinAYear(leapDay, LocalDate.parse("2029-03-01")))
                .isFalse();
    }

    @Test
    void a_plan_of_one_day_is_accepted() {
        assertThatCode(() -> SeriesRules.check(plan(Set.of(MONDAY), FIRST, FIRST, EVENING)))
                .doesNotThrowAnyException();
    }

    @Test
    void the_last_date_before_the_first_is_refused_beside_the_last_date() {
        assertThat(refusal(plan(Set.of(MONDAY), FIRST, FIRST.minusDays(1), EVENING)))
                .containsExactly(Map.entry("lastDate", "schedule.series.lastBeforeFirst"));
        assertThat(refusal(plan(Set.of(MONDAY), FIRST, null, EVENING)))
                .containsExactly(Map.entry("lastDate", "schedule.series.lastBeforeFirst"));
    }

    @Test
    void weekdays_a_first_date_and_a_start_time_are_required() {
        assertThat(refusal(plan(Set.of(), FIRST, FIRST, EVENING)))
                .containsExactly(Map.entry("weekdays", "schedule.series.weekdaysRequired"));
        assertThat(refusal(plan(null, FIRST, FIRST, EVENING)))
                .containsExactly(Map.entry("weekdays", "schedule.series.weekdaysRequired"));
        assertThat(refusal(plan(Set.of(MONDAY), null, FIRST, EVENING)))
                .containsExactly(Map.entry("firstDate", "schedule.series.firstDateRequired"));
        assertThat(refusal(plan(Set.of(MONDAY), FIRST, FIRST, null)))
                .containsExactly(Map.entry("startTime", "schedule.series.startTimeRequired"));
    }

    private static Map<String, String> refusal(SeriesPlan plan) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> SeriesRules.check(plan));
        assertThat(refused).as("refused").isNotNull();
        return refused.fieldMessageKeys();
    }

    private static SeriesPlan plan(Set<DayOfWeek> weekdays, LocalDate first, LocalDate last, LocalTime start) {
        return new SeriesPlan(1L, 1L, 1L, 8, weekdays, first, last, start, Set.of());
    }
}
