package kz.sheber.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.OptimisticEdits;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@SheberTest
class ScheduleServiceTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired
    TimetableService schedule;

    @Autowired
    PlanningService planning;

    @Autowired
    TestCatalogue catalogue;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    RecordedScheduleEvents events;

    long instructor;
    RoomDetails room;
    WorkshopDetails workshop;
    /** A Monday well in the future, so every test plans on an empty calendar of its own room and instructor. */
    LocalDate monday;

    @BeforeEach
    void planAsAnAdmin() {
        catalogue.signInAdmin();
        instructor = people.create(Roles.INSTRUCTOR).personId();
        room = catalogue.room(10);
        workshop = catalogue.workshop(instructor);
        monday = LocalDate.now(clock).plusYears(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_weekly_series_has_a_session_on_each_chosen_weekday_except_the_skipped_dates() {
        LocalDate skippedThursday = monday.plusDays(10);
        SeriesCreated created = planning.createSeries(new SeriesPlan(
                workshop.id(),
                room.id(),
                instructor,
                null,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                monday,
                monday.plusDays(20),
                LocalTime.of(10, 0),
                Set.of(skippedThursday)));

        List<LocalDate> days = sessionsOfThisTest().stream()
                .map(s -> s.startsAt().atZone(ALMATY).toLocalDate())
                .toList();
        assertThat(created.sessions()).isEqualTo(5);
        assertThat(days)
                .containsExactly(
                        monday, monday.plusDays(3), monday.plusDays(7), monday.plusDays(14), monday.plusDays(17));
    }

    @Test
    void ten_oclock_in_almaty_is_stored_as_five_utc_in_winter_and_in_summer_alike() {
        LocalDate winter = LocalDate.of(monday.getYear() + 1, 1, 15);
        LocalDate summer = LocalDate.of(monday.getYear() + 1, 7, 15);
        for (LocalDate day : List.of(winter, summer)) {
            SessionCard card = planning.createSession(
                    new NewSession(workshop.id(), room.id(), instructor, day.atTime(10, 0), null, null));
            String stored = jdbc.sql("SELECT DATE_FORMAT(starts_at, '%H:%i') FROM workshop_session WHERE id = ?")
                    .param(card.id())
                    .query(String.class)
                    .single();
            assertThat(stored).as(day.toString()).isEqualTo("05:00");
            assertThat(card.startsAt().atZone(ALMATY).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        }
    }

    @Test
    void an_overlapping_session_in_the_same_room_is_refused_naming_the_room_but_touching_times_are_fine() {
        planning.createSession(
                new NewSession(workshop.id(), room.id(), instructor, monday.atTime(10, 0), monday.atTime(12, 0), null));
        long otherInstructor = people.create(Roles.INSTRUCTOR).personId();

        assertThatThrownBy(() -> planning.createSession(new NewSession(
                        workshop.id(), room.id(), otherInstructor, monday.atTime(11, 0), monday.atTime(13, 0), null)))
                .isInstanceOfSatisfying(SessionConflict.class, clash -> {
                    assertThat(clash.field()).isEqualTo("room");
                    assertThat(clash.busyName()).isEqualTo(room.name());
                    assertThat(clash.workshop()).isEqualTo(workshop.title());
                });
        SessionCard touching = planning.createSession(new NewSession(
                workshop.id(), room.id(), otherInstructor, monday.atTime(12, 0), monday.atTime(14, 0), null));
        assertThat(touching.id()).isPositive();
    }

    @Test
    void of_two_admins_planning_clashing_sessions_at_the_same_moment_only_one_succeeds() throws Exception {
        long otherInstructor = people.create(Roles.INSTRUCTOR).personId();
        var admin = SecurityContextHolder.getContext().getAuthentication();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<Object>> outcomes = new java.util.ArrayList<>();
            for (long who : new long[] {instructor, otherInstructor}) {
                outcomes.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(admin);
                    together.await();
                    try {
                        return planning.createSession(new NewSession(
                                workshop.id(), room.id(), who, monday.atTime(15, 0), monday.atTime(17, 0), null));
                    } catch (SessionConflict clash) {
                        return clash;
                    }
                }));
            }
            java.util.List<Object> results = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn(SessionCard.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(SessionConflict.class::isInstance).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_instructor_cannot_teach_two_overlapping_sessions_in_different_rooms() {
        planning.createSession(
                new NewSession(workshop.id(), room.id(), instructor, monday.atTime(10, 0), monday.atTime(12, 0), null));
        RoomDetails otherRoom = catalogue.room(10);

        assertThatThrownBy(() -> planning.createSession(new NewSession(
                        workshop.id(), otherRoom.id(), instructor, monday.atTime(9, 0), monday.atTime(10, 30), null)))
                .isInstanceOfSatisfying(
                        SessionConflict.class,
                        clash -> assertThat(clash.field()).isEqualTo("instructor"));
    }

    @Test
    void a_series_that_would_clash_is_refused_whole() {
        planning.createSession(new NewSession(
                workshop.id(), room.id(), instructor, monday.plusDays(7).atTime(10, 30), null, null));

        assertThatThrownBy(() -> planning.createSeries(new SeriesPlan(
                        workshop.id(),
                        room.id(),
                        instructor,
                        null,
                        Set.of(DayOfWeek.MONDAY),
                        monday,
                        monday.plusDays(14),
                        LocalTime.of(10, 0),
                        Set.of())))
                .isInstanceOf(SessionConflict.class);
        assertThat(sessionsOfThisTest()).hasSize(1);
    }

    @Test
    void of_two_admins_editing_the_same_session_the_second_save_is_refused() {
        SessionCard opened = planning.createSession(
                new NewSession(workshop.id(), room.id(), instructor, monday.atTime(10, 0), null, null));

        planning.editSession(edit(opened, monday.atTime(11, 0), 6));

        assertThatThrownBy(() -> planning.editSession(edit(opened, monday.atTime(15, 0), 7)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.formMessageKey()).isEqualTo(OptimisticEdits.CHANGED_MEANWHILE));
        SessionCard now = sessionsOfThisTest().getFirst();
        assertThat(now.startsAt().atZone(ALMATY).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        assertThat(now.capacity()).isEqualTo(6);
    }

    @Test
    void capacity_defaults_to_the_workshops_is_never_above_the_room_and_never_below_the_seats_booked() {
        RoomDetails small = catalogue.room(5);
        SessionCard session = planning.createSession(
                new NewSession(workshop.id(), small.id(), instructor, monday.atTime(10, 0), null, null));
        assertThat(session.capacity())
                .as("the workshop's 8, cut to the room's 5")
                .isEqualTo(5);

        assertThatThrownBy(() -> planning.createSession(
                        new NewSession(workshop.id(), room.id(), instructor, monday.atTime(14, 0), null, 11)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("capacity", "schedule.capacity.aboveRoom"));

        jdbc.sql("UPDATE workshop_session SET booked_seats = 4 WHERE id = ?")
                .param(session.id())
                .update();
        assertThatThrownBy(() -> planning.editSession(edit(session, monday.atTime(10, 0), 3)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys())
                                .containsEntry("capacity", "schedule.capacity.belowBooked"));
    }

    @Test
    void editing_the_rest_of_a_series_leaves_sessions_edited_by_hand_alone() {
        planning.createSeries(new SeriesPlan(
                workshop.id(),
                room.id(),
                instructor,
                null,
                Set.of(DayOfWeek.MONDAY),
                monday,
                monday.plusDays(21),
                LocalTime.of(10, 0),
                Set.of()));
        List<SessionCard> series = sessionsOfThisTest();
        SessionCard second = series.get(1);
        planning.editSession(
                edit(second, second.startsAt().atZone(ALMATY).toLocalDateTime().plusHours(3), 8));

        int changed = planning.editRestOfSeries(edit(series.get(0), monday.atTime(16, 0), 8));

        List<LocalTime> times = sessionsOfThisTest().stream()
                .map(s -> s.startsAt().atZone(ALMATY).toLocalTime())
                .toList();
        assertThat(changed).isEqualTo(3);
        assertThat(times)
                .containsExactly(LocalTime.of(16, 0), LocalTime.of(13, 0), LocalTime.of(16, 0), LocalTime.of(16, 0));
        assertThat(sessionsOfThisTest().get(1).editedByHand()).isTrue();
    }

    @Test
    void changing_the_time_and_cancelling_with_a_reason_are_announced_for_the_booking_feature() {
        SessionCard session = planning.createSession(
                new NewSession(workshop.id(), room.id(), instructor, monday.atTime(10, 0), null, null));

        planning.editSession(edit(session, monday.atTime(12, 0), 8));
        assertThatThrownBy(() -> planning.cancelSession(session.id(), session.version() + 1, " "))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsKey("reason"));
        planning.cancelSession(session.id(), session.version() + 1, "Шебер ауырып қалды");

        assertThat(events.all()).contains(new SessionCancelled(session.id(), "Шебер ауырып қалды"));
        assertThat(events.all())
                .filteredOn(e -> e instanceof SessionChanged changed && changed.sessionId() == session.id())
                .extracting(e -> ((SessionChanged) e).changes())
                .containsExactly(Set.of(SessionChanged.Change.TIME));
        assertThat(schedule.session(session.id()).orElseThrow().cancelReason()).isEqualTo("Шебер ауырып қалды");
    }

    @Test
    void end_before_start_and_a_start_in_the_past_are_refused_beside_their_fields() {
        assertThatThrownBy(() -> planning.createSession(new NewSession(
                        workshop.id(), room.id(), instructor, monday.atTime(10, 0), monday.atTime(9, 0), null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("end", "schedule.end.beforeStart"));
        assertThatThrownBy(() -> planning.createSession(new NewSession(
                        workshop.id(),
                        room.id(),
                        instructor,
                        LocalDateTime.now(clock.withZone(ALMATY)).minusDays(1),
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("start", "schedule.start.past"));
    }

    @Test
    void the_timetable_filters_by_search_text_in_any_language_and_by_free_seats() {
        SessionCard session = planning.createSession(
                new NewSession(workshop.id(), room.id(), instructor, monday.atTime(10, 0), null, 2));
        String russianTitle = workshop.title().ru();
        TimetableFilter byRussianTitle = new TimetableFilter(null, null, monday, monday, false, russianTitle, false);
        assertThat(schedule.upcoming(byRussianTitle, 0, 10))
                .extracting(SessionCard::id)
                .containsExactly(session.id());

        jdbc.sql("UPDATE workshop_session SET booked_seats = 2 WHERE id = ?")
                .param(session.id())
                .update();
        TimetableFilter freeOnly = new TimetableFilter(null, null, monday, monday, true, russianTitle, false);
        assertThat(schedule.count(freeOnly)).isZero();
    }

    @Test
    void an_instructors_classes_are_read_by_day_in_the_centres_zone_cancelled_ones_included() {
        SessionCard lateSunday = planning.createSession(new NewSession(
                workshop.id(), room.id(), instructor, monday.minusDays(1).atTime(23, 0), null, null));
        SessionCard mondayMorning = planning.createSession(
                new NewSession(workshop.id(), room.id(), instructor, monday.atTime(10, 0), null, null));
        SessionCard tuesdayEvening = planning.createSession(new NewSession(
                workshop.id(), room.id(), instructor, monday.plusDays(1).atTime(21, 0), null, null));
        planning.createSession(new NewSession(
                workshop.id(), room.id(), instructor, monday.plusDays(2).atTime(0, 30), null, null));
        long colleague = people.create(Roles.INSTRUCTOR).personId();
        planning.createSession(
                new NewSession(workshop.id(), catalogue.room(10).id(), colleague, monday.atTime(10, 0), null, null));
        planning.cancelSession(mondayMorning.id(), mondayMorning.version(), "Шебер ауырып қалды");
        TestCatalogue.signIn(new kz.sheber.account.security.PersonDetails(
                instructor, "i@test", "", true, List.of(Roles.INSTRUCTOR)));

        List<SessionCard> mine = schedule.taughtBy(instructor, monday.minusDays(1), monday.plusDays(1));

        assertThat(mine)
                .extracting(SessionCard::id)
                .containsExactly(lateSunday.id(), mondayMorning.id(), tuesdayEvening.id());
        assertThat(mine.get(1).cancelled()).isTrue();
        assertThat(schedule.taughtBy(instructor, monday.plusDays(3), monday.plusDays(9)))
                .isEmpty();
        assertThatThrownBy(() -> schedule.taughtBy(instructor, monday, monday.minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.firstMessageKey()).isEqualTo("schedule.filter.badRange"));
    }

    @Test
    void an_instructor_cannot_list_a_colleagues_classes_nor_a_resident_anyones_but_staff_can() {
        SessionCard session = planning.createSession(
                new NewSession(workshop.id(), room.id(), instructor, monday.atTime(10, 0), null, null));
        assertThat(schedule.taughtBy(instructor, monday, monday))
                .extracting(SessionCard::id)
                .containsExactly(session.id());

        for (String role : List.of(Roles.INSTRUCTOR, Roles.RESIDENT)) {
            TestCatalogue.signIn(people.create(role));
            assertThatThrownBy(() -> schedule.taughtBy(instructor, monday, monday))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }

    private List<SessionCard> sessionsOfThisTest() {
        TimetableFilter mine = new TimetableFilter(
                null,
                null,
                monday.minusDays(1),
                monday.plusYears(2),
                false,
                workshop.title().en(),
                false);
        return schedule.upcoming(mine, 0, 100);
    }

    private static SessionEdit edit(SessionCard card, LocalDateTime start, int capacity) {
        return new SessionEdit(
                card.id(), card.version(), start, start.plusHours(2), card.roomId(), card.instructorId(), capacity);
    }
}
