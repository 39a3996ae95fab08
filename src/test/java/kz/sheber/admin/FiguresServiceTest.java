package kz.sheber.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every figure against a small centre built by hand in January 2019 (and one session in December 2018 for the
 * previous period). Each test uses a period no other test touches, so centre-wide figures are exactly these.
 */
@SheberTest
class FiguresServiceTest {

    static final Period JANUARY_2019 = new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31));

    @Autowired
    PastCentre past;

    @Autowired
    TestPeople people;

    @Autowired
    FiguresService figures;

    WorkshopDetails pottery, weaving;
    long roomA, roomB;

    @BeforeEach
    void buildJanuary() {
        synchronized (FiguresServiceTest.class) {
            if (january == null) {
                january = new January(past);
            }
        }
        pottery = january.pottery;
        weaving = january.weaving;
        roomA = january.roomA;
        roomB = january.roomB;
    }

    private static January january;

    /** Built once for the class: the tests below only read it. */
    static final class January {
        final WorkshopDetails pottery, weaving;
        final long roomA, roomB;

        January(PastCentre past) {
            pottery = past.workshop(2);
            weaving = past.workshop(3);
            roomA = past.room();
            roomB = past.room();
            PersonDetails regular = past.resident(),
                    promoted = past.resident(),
                    lateOne = past.resident(),
                    waiter = past.resident(),
                    newcomer = past.resident(),
                    gaveUp = past.resident(),
                    february = past.resident(),
                    calledOff = past.resident();
            // December: the regular's first class, attended
            long december = past.session(pottery, roomA, LocalDateTime.of(2018, 12, 15, 10, 0), 8, false);
            past.present(past.confirmed(december, regular, 1, LocalDateTime.of(2018, 12, 1, 9, 0)), 1);
            // 10 January, pottery in room A: attendance taken
            long tenth = past.session(pottery, roomA, LocalDateTime.of(2019, 1, 10, 10, 0), 8, false);
            past.present(past.confirmed(tenth, regular, 2, LocalDateTime.of(2019, 1, 2, 9, 0)), 1);
            past.noShow(past.booking(
                    tenth,
                    promoted,
                    1,
                    "CONFIRMED",
                    LocalDateTime.of(2019, 1, 5, 9, 0),
                    LocalDateTime.of(2019, 1, 7, 12, 0),
                    false,
                    null));
            past.booking(
                    tenth,
                    lateOne,
                    1,
                    "CANCELLED",
                    LocalDateTime.of(2019, 1, 3, 9, 0),
                    LocalDateTime.of(2019, 1, 3, 9, 0),
                    true,
                    "RESIDENT");
            past.booking(tenth, waiter, 2, "WAITING", LocalDateTime.of(2019, 1, 8, 9, 0), null, false, null);
            // 31 January at 23:30 in Almaty (18:30 UTC): weaving in room B, no attendance taken
            long last = past.session(weaving, roomB, LocalDateTime.of(2019, 1, 31, 23, 30), 6, false);
            past.confirmed(last, regular, 1, LocalDateTime.of(2019, 1, 20, 9, 0));
            past.confirmed(last, newcomer, 3, LocalDateTime.of(2019, 1, 31, 23, 30));
            past.booking(last, gaveUp, 1, "CANCELLED", LocalDateTime.of(2019, 1, 25, 9, 0), null, false, "RESIDENT");
            // 1 February at 00:30 in Almaty is still 31 January in UTC, and belongs to February
            long next = past.session(pottery, roomA, LocalDateTime.of(2019, 2, 1, 0, 30), 8, false);
            past.confirmed(next, february, 1, LocalDateTime.of(2019, 1, 30, 9, 0));
            // 20 January: called off by the centre
            long off = past.session(weaving, roomB, LocalDateTime.of(2019, 1, 20, 10, 0), 6, true);
            past.booking(
                    off,
                    calledOff,
                    1,
                    "CANCELLED",
                    LocalDateTime.of(2019, 1, 10, 9, 0),
                    LocalDateTime.of(2019, 1, 10, 9, 0),
                    false,
                    "CENTRE");
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Dashboard asAdmin(Period period, FigureFilter filter) {
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        return figures.centre(period, filter);
    }

    @Test
    void every_figure_of_the_month_is_counted_by_the_database() {
        Figures f = asAdmin(JANUARY_2019, FigureFilter.ALL).figures();
        Tally t = f.tally();
        assertThat(t.sessions()).as("sessions held").isEqualTo(2);
        assertThat(t.seatsOffered()).isEqualTo(14);
        assertThat(t.seatsBooked()).isEqualTo(7);
        assertThat(t.fillRate()).isEqualTo(0.5);
        assertThat(t.came()).as("people who came").isEqualTo(1);
        assertThat(t.bookedWhereTaken()).isEqualTo(3);
        assertThat(t.attendanceRate()).isEqualTo(1.0 / 3);
        assertThat(t.noShows()).isEqualTo(1);
        assertThat(t.lateCancellations()).isEqualTo(1);
        assertThat(t.waitingEntries()).as("promoted, still waiting, gave up").isEqualTo(3);
        assertThat(t.unmetEntries()).isEqualTo(2);
        assertThat(t.unmetSeats()).isEqualTo(3);
        assertThat(f.unmetPeople()).isEqualTo(2);
        assertThat(f.residents()).isEqualTo(3);
        assertThat(f.firstTimeResidents())
                .as("the regular came first in December")
                .isEqualTo(2);
        assertThat(f.centreCancellations()).isEqualTo(1);
    }

    @Test
    void a_session_at_half_past_eleven_on_the_last_evening_counts_and_one_after_midnight_does_not() {
        Dashboard d = asAdmin(JANUARY_2019, FigureFilter.ALL);
        assertThat(d.overTime()).extracting(FigureRow::key).containsExactly("2019-01-10", "2019-01-31");
        assertThat(d.demand())
                .extracting(FigureRow::key)
                .as("Thursday 10:00 and Thursday 23:00, Almaty time")
                .containsExactly("4-10", "4-23");
        Dashboard february = asAdmin(new Period(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28)), FigureFilter.ALL);
        assertThat(february.figures().tally().sessions()).isEqualTo(1);
        assertThat(february.overTime()).extracting(FigureRow::key).containsExactly("2019-02-01");
    }

    @Test
    void the_previous_period_of_the_same_length_comes_alongside() {
        Dashboard d = asAdmin(JANUARY_2019, FigureFilter.ALL);
        assertThat(d.previousPeriod()).isEqualTo(new Period(LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 31)));
        Figures before = d.previous();
        assertThat(before.tally().sessions()).isEqualTo(1);
        assertThat(before.tally().seatsBooked()).isEqualTo(1);
        assertThat(before.tally().attendanceRate()).isEqualTo(1.0);
        assertThat(before.residents()).isEqualTo(1);
        assertThat(before.firstTimeResidents()).isEqualTo(1);
        assertThat(before.centreCancellations()).isZero();
    }

    @Test
    void filters_narrow_to_a_craft_a_workshop_an_instructor_or_a_room() {
        long weaver = weaving.instructors().getFirst().id();
        assertThat(asAdmin(JANUARY_2019, new FigureFilter(weaving.craft().id(), null, null, null))
                        .figures()
                        .tally()
                        .seatsBooked())
                .isEqualTo(4);
        assertThat(asAdmin(JANUARY_2019, new FigureFilter(null, pottery.id(), null, null))
                        .figures()
                        .tally()
                        .seatsBooked())
                .isEqualTo(3);
        Figures byInstructor = asAdmin(JANUARY_2019, new FigureFilter(null, null, weaver, null))
                .figures();
        assertThat(byInstructor.tally().sessions()).isEqualTo(1);
        assertThat(byInstructor.centreCancellations()).isEqualTo(1);
        assertThat(asAdmin(JANUARY_2019, new FigureFilter(null, null, null, roomA))
                        .figures()
                        .tally()
                        .noShows())
                .isEqualTo(1);
        assertThat(asAdmin(JANUARY_2019, new FigureFilter(null, pottery.id(), null, roomB))
                        .figures()
                        .tally()
                        .sessions())
                .isZero();
    }

    @Test
    void the_tables_break_the_month_down_by_workshop_and_by_instructor() {
        Dashboard d = asAdmin(JANUARY_2019, FigureFilter.ALL);
        assertThat(d.byWorkshop())
                .extracting(
                        r -> r.key(),
                        r -> r.tally().seatsBooked(),
                        r -> r.tally().unmetSeats())
                .as("fullest first")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(weaving.id()), 4L, 1L),
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(pottery.id()), 3L, 2L));
        assertThat(d.byWorkshop().getFirst().name().en())
                .isEqualTo(weaving.title().en());
        assertThat(d.byInstructor())
                .extracting(r -> r.name().ru())
                .containsExactlyInAnyOrder(
                        pottery.instructors().getFirst().fullName(),
                        weaving.instructors().getFirst().fullName());
    }

    @Test
    void an_instructor_sees_only_the_sessions_they_teach_whatever_filter_they_ask_for() {
        PersonDetails potter =
                new PersonDetails(pottery.instructors().getFirst().id(), "p@test", "", true, List.of(Roles.INSTRUCTOR));
        TestCatalogue.signIn(potter);
        long weaver = weaving.instructors().getFirst().id();
        Dashboard mine = figures.mine(JANUARY_2019, new FigureFilter(null, null, weaver, null));
        assertThat(mine.figures().tally().sessions()).isEqualTo(1);
        assertThat(mine.figures().tally().seatsBooked()).isEqualTo(3);
        assertThat(mine.byInstructor()).hasSize(1);
        assertThatThrownBy(() -> figures.centre(JANUARY_2019, FigureFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.quarter(2019, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void residents_are_refused_every_figure() {
        TestCatalogue.signIn(people.create(Roles.RESIDENT));
        assertThatThrownBy(() -> figures.centre(JANUARY_2019, FigureFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.mine(JANUARY_2019, FigureFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_quarter_for_the_city_is_broken_down_by_craft_and_by_month() {
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        QuarterReport q = figures.quarter(2019, 1);
        assertThat(q.period()).isEqualTo(new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)));
        assertThat(q.figures().tally().sessions()).isEqualTo(3);
        assertThat(q.byMonth())
                .extracting(FigureRow::key, r -> r.tally().sessions())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2019-01", 2L),
                        org.assertj.core.groups.Tuple.tuple("2019-02", 1L));
        assertThat(q.byCraft())
                .extracting(r -> r.name().en(), r -> r.tally().seatsBooked())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                pottery.craft().name().en(), 4L),
                        org.assertj.core.groups.Tuple.tuple(
                                weaving.craft().name().en(), 4L));
    }

    @Test
    void days_are_cut_at_the_centres_midnight_across_almatys_change_of_offset_in_march_2024() {
        // Almaty moved from UTC+6 to UTC+5 on 1 March 2024: 23:30 local is 17:30 UTC before, 18:30 UTC after
        WorkshopDetails felt = past.workshop(5);
        long room = past.room();
        past.session(felt, room, LocalDateTime.of(2024, 2, 29, 23, 30), 5, false);
        past.session(felt, room, LocalDateTime.of(2024, 3, 1, 23, 30), 5, false);
        Dashboard d = asAdmin(
                new Period(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1)),
                new FigureFilter(null, felt.id(), null, null));
        assertThat(d.overTime()).extracting(FigureRow::key).containsExactly("2024-02-29", "2024-03-01");
        assertThat(d.demand()).extracting(FigureRow::key).containsExactly("4-23", "5-23");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_with_a_message() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 1, 1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("admin.period.toBeforeFrom");
    }

    @Test
    void the_previous_week_month_quarter_and_year_are_the_days_just_before() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        assertThat(Period.around(Period.Kind.WEEK, wednesday))
                .isEqualTo(new Period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
        assertThat(Period.around(Period.Kind.QUARTER, wednesday).previous())
                .isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(Period.around(Period.Kind.YEAR, wednesday).from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
