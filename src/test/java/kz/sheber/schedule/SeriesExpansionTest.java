package kz.sheber.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A weekly plan as staff type it, and the sessions residents then see in the timetable. */
class SeriesExpansionTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @Test
    void a_session_on_each_chosen_weekday_with_the_last_date_included() {
        // 1 December 2026 is a Tuesday; the last date, Monday the 14th, has a session
        SeriesPlan plan = plan(Set.of(MONDAY, WEDNESDAY), "2026-12-01", "2026-12-14", Set.of());

        assertThat(starts(SeriesExpansion.slots(plan, TWO_HOURS, ALMATY), ALMATY))
                .containsExactly("2026-12-02T18:30", "2026-12-07T18:30", "2026-12-09T18:30", "2026-12-14T18:30");
    }

    @Test
    void skipped_dates_have_no_session_and_a_skipped_date_off_the_plan_changes_nothing() {
        SeriesPlan plan = plan(
                Set.of(MONDAY, WEDNESDAY),
                "2026-12-01",
                "2026-12-14",
                Set.of(LocalDate.parse("2026-12-09"), LocalDate.parse("2026-12-10")));

        assertThat(starts(SeriesExpansion.slots(plan, TWO_HOURS, ALMATY), ALMATY))
                .containsExactly("2026-12-02T18:30", "2026-12-07T18:30", "2026-12-14T18:30");
    }

    @Test
    void no_skipped_dates_given_means_none_are_skipped() {
        SeriesPlan plan = plan(Set.of(SATURDAY), "2026-12-05", "2026-12-12", null);

        assertThat(SeriesExpansion.slots(plan, TWO_HOURS, ALMATY)).hasSize(2);
    }

    @Test
    void a_plan_on_one_day_that_is_not_a_chosen_weekday_has_no_session() {
        SeriesPlan plan = plan(Set.of(SATURDAY), "2026-12-07", "2026-12-07", Set.of());

        assertThat(SeriesExpansion.slots(plan, TWO_HOURS, ALMATY)).isEmpty();
    }

    @Test
    void the_time_of_day_is_the_centres_and_each_session_lasts_the_workshops_length() {
        SeriesPlan plan = plan(Set.of(MONDAY), "2026-12-07", "2026-12-07", Set.of());

        SeriesExpansion.Slot slot =
                SeriesExpansion.slots(plan, TWO_HOURS, ALMATY).getFirst();

        // Almaty has been UTC+5 all year since March 2024, with no summer time
        assertThat(slot.start()).isEqualTo(Instant.parse("2026-12-07T13:30:00Z"));
        assertThat(slot.end()).isEqualTo(Instant.parse("2026-12-07T15:30:00Z"));
    }

    @Test
    void across_a_clock_change_the_local_time_stays_and_the_instant_moves() {
        // Almaty has no summer time; a zone that has one shows the expansion keeps the wall-clock time
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        SeriesPlan plan = plan(Set.of(SATURDAY), "2027-03-20", "2027-04-03", Set.of());

        List<SeriesExpansion.Slot> slots = SeriesExpansion.slots(plan, TWO_HOURS, berlin);

        assertThat(starts(slots, berlin)).containsExactly("2027-03-20T18:30", "2027-03-27T18:30", "2027-04-03T18:30");
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2027-03-20T17:30:00Z"));
        assertThat(slots.get(1).start()).isEqualTo(Instant.parse("2027-03-27T17:30:00Z"));
        assertThat(slots.get(2).start()).isEqualTo(Instant.parse("2027-04-03T16:30:00Z"));
        assertThat(slots).allMatch(s -> Duration.between(s.start(), s.end()).equals(TWO_HOURS));
    }

    @Test
    void the_dates_offered_for_skipping_are_every_planned_date_from_first_to_last() {
        assertThat(SeriesExpansion.dates(
                        Set.of(MONDAY, WEDNESDAY), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-09")))
                .containsExactly(
                        LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-09"));
        assertThat(SeriesExpansion.dates(Set.of(), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-09")))
                .isEmpty();
        assertThat(SeriesExpansion.dates(Set.of(MONDAY), LocalDate.parse("2026-12-09"), LocalDate.parse("2026-12-01")))
                .isEmpty();
    }

    private static SeriesPlan plan(Set<DayOfWeek> weekdays, String first, String last, Set<LocalDate> skipped) {
        return new SeriesPlan(
                1L, 1L, 1L, 8, weekdays, LocalDate.parse(first), LocalDate.parse(last), LocalTime.of(18, 30), skipped);
    }

    private static List<String> starts(List<SeriesExpansion.Slot> slots, ZoneId zone) {
        return slots.stream()
                .map(s -> s.start().atZone(zone).toLocalDateTime().toString())
                .toList();
    }
}
