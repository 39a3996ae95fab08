package kz.sheber.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sheber.catalogue.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A shared timetable link opens the same filter; a mistyped one shows the timetable with a note, not an error. */
class TimetableLinkTest {

    @Test
    void a_link_brings_back_every_filter_it_was_made_from() {
        TimetableFilter filter = new TimetableFilter(
                3L, Level.BEGINNER, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), true, "felt", true);

        Map<String, List<String>> link = TimetableLink.parameters(filter);
        TimetableLink read = TimetableLink.parse(link);

        assertThat(link)
                .containsExactly(
                        Map.entry("craft", List.of("3")),
                        Map.entry("level", List.of("beginner")),
                        Map.entry("from", List.of("2026-12-01")),
                        Map.entry("to", List.of("2026-12-31")),
                        Map.entry("free", List.of("1")),
                        Map.entry("q", List.of("felt")),
                        Map.entry("cancelled", List.of("1")));
        assertThat(read.filter()).isEqualTo(filter);
        assertThat(read.understood()).isTrue();
    }

    @Test
    void the_whole_timetable_has_a_link_with_no_parameters() {
        assertThat(TimetableLink.parameters(TimetableFilter.upcoming())).isEmpty();
        assertThat(TimetableLink.parse(Map.of())).isEqualTo(new TimetableLink(TimetableFilter.upcoming(), true));
        assertThat(TimetableLink.parse(null)).isEqualTo(new TimetableLink(TimetableFilter.upcoming(), true));
    }

    @Test
    void hand_typed_values_are_read_leniently() {
        TimetableLink read = TimetableLink.parse(Map.of(
                "craft",
                List.of(" 7 "),
                "level",
                List.of("Advanced"),
                "free",
                List.of("yes"),
                "cancelled",
                List.of("TRUE"),
                "q",
                List.of("  ою өрнек  ")));

        assertThat(read.filter())
                .isEqualTo(new TimetableFilter(7L, Level.ADVANCED, null, null, true, "ою өрнек", true));
        assertThat(read.understood()).isTrue();
    }

    @Test
    void an_empty_value_means_any_and_a_bare_flag_means_on() {
        TimetableLink read = TimetableLink.parse(Map.of(
                "craft",
                List.of(""),
                "level",
                List.of(" "),
                "from",
                List.of(""),
                "q",
                List.of("   "),
                "free",
                List.of("")));

        assertThat(read.filter()).isEqualTo(new TimetableFilter(null, null, null, null, true, null, false));
        assertThat(read.understood()).isTrue();
    }

    @Test
    void flags_turned_off_are_understood() {
        TimetableLink read = TimetableLink.parse(Map.of("free", List.of("0"), "cancelled", List.of("no")));

        assertThat(read.filter()).isEqualTo(TimetableFilter.upcoming());
        assertThat(read.understood()).isTrue();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "craft, felt",
        "craft, 0",
        "craft, -2",
        "craft, 99999999999999999999",
        "level, expert",
        "from, 04.12.2026",
        "to, 2026-02-30",
        "free, maybe",
        "cancelled, 2"
    })
    void what_cannot_be_read_is_left_out_and_noted(String name, String value) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("q", List.of("felt"));
        parameters.put(name, List.of(value));

        TimetableLink read = TimetableLink.parse(parameters);

        assertThat(read.understood()).isFalse();
        assertThat(read.filter()).isEqualTo(new TimetableFilter(null, null, null, null, false, "felt", false));
    }

    @Test
    void a_range_ending_before_it_starts_keeps_its_start_and_drops_its_end() {
        TimetableLink read = TimetableLink.parse(Map.of("from", List.of("2026-12-10"), "to", List.of("2026-12-01")));

        assertThat(read.filter().from()).isEqualTo(LocalDate.parse("2026-12-10"));
        assertThat(read.filter().to()).isNull();
        assertThat(read.understood()).isFalse();
    }

    @Test
    void a_one_day_range_is_fine() {
        TimetableLink read = TimetableLink.parse(Map.of("from", List.of("2026-12-10"), "to", List.of("2026-12-10")));

        assertThat(read.filter().to()).isEqualTo(LocalDate.parse("2026-12-10"));
        assertThat(read.understood()).isTrue();
    }

    @Test
    void a_long_search_is_cut_to_a_hundred_characters() {
        TimetableLink read = TimetableLink.parse(Map.of("q", List.of("ш".repeat(150))));

        assertThat(read.filter().text()).isEqualTo("ш".repeat(100));
        assertThat(read.understood()).isTrue();
    }

    @Test
    void only_the_first_of_repeated_parameters_counts() {
        TimetableLink read = TimetableLink.parse(Map.of("craft", List.of("2", "5"), "level", List.of()));

        assertThat(read.filter().craftId()).isEqualTo(2L);
        assertThat(read.filter().level()).isNull();
        assertThat(read.understood()).isTrue();
    }
}
