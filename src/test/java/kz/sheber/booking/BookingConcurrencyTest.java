package kz.sheber.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import kz.sheber.Application;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestEnvironment;
import kz.sheber.support.Together;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Many residents at once on real MariaDB: seats never pass capacity, the waiting list keeps the order in which
 * the database let them in, and the session's total matches its bookings, with one app instance or two.
 */
@SheberTest
class BookingConcurrencyTest {

    private static final int RESIDENTS = 200;
    private static final int CAPACITY = 12;

    @Autowired
    BookingService bookings;

    @Autowired
    TestSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void two_hundred_residents_racing_for_twelve_seats_get_exactly_twelve_and_the_rest_wait_in_arrival_order()
            throws Exception {
        SessionCard session = sessions.session(CAPACITY);
        race(session, List.of(bookings), i -> 1);
        assertSeatsAndWaitingListAreRight(session.id(), CAPACITY);
    }

    @Test
    void with_groups_of_one_to_four_seats_no_seat_is_oversold_and_each_group_waits_only_if_it_did_not_fit()
            throws Exception {
        SessionCard session = sessions.session(CAPACITY);
        race(session, List.of(bookings), i -> 1 + i % 4);
        assertSeatsAndWaitingListAreRight(session.id(), CAPACITY);
    }

    @Test
    void two_app_instances_on_one_database_never_sell_the_same_seat_twice() throws Exception {
        SessionCard session = sessions.session(CAPACITY);
        // Each app instance installs its own security-context holder strategy; keep both and sign in to both
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class)
                .initializers(new TestEnvironment())
                .run("--server.port=0", "--spring.main.banner-mode=off")) {
            strategies.add(SecurityContextHolder.getContextHolderStrategy());
            SecurityContextHolder.setContextHolderStrategy(ours);
            race(session, List.of(bookings, second.getBean(BookingService.class)), i -> 1 + i % 4);
        } finally {
            strategies.removeIf(s -> s != ours);
            SecurityContextHolder.setContextHolderStrategy(ours);
        }
        assertSeatsAndWaitingListAreRight(session.id(), CAPACITY);
    }

    @Test
    void cancellations_racing_with_new_bookings_never_promote_into_a_seat_that_is_gone() throws Exception {
        SessionCard session = sessions.session(CAPACITY);
        List<PersonDetails> holders = sessions.residents(CAPACITY);
        for (PersonDetails holder : holders) {
            TestCatalogue.signIn(holder);
            bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        }
        List<PersonDetails> newcomers = sessions.residents(60);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < newcomers.size(); i++) {
            if (i < holders.size()) {
                PersonDetails holder = holders.get(i);
                tasks.add(() -> as(
                        holder,
                        () -> bookings.cancel(bookings.myBookings().getFirst().id())));
            }
            PersonDetails newcomer = newcomers.get(i);
            int seats = 1 + i % 3;
            tasks.add(() -> as(newcomer, () -> bookings.book(BookingRequest.asItStands(session.id(), seats, true))));
        }
        Together.run(tasks, 32);

        int booked = sessions.bookedSeats(session.id());
        assertThat(booked).isLessThanOrEqualTo(CAPACITY).isEqualTo(sessions.confirmedSeats(session.id()));
        // Whoever still waits could not fit in what is left, or promotion would have taken them
        int smallestWaiting = jdbc.sql(
                        "SELECT COALESCE(MIN(seats), 99) FROM booking WHERE session_id = ? AND status = 'WAITING'")
                .param(session.id())
                .query(Integer.class)
                .single();
        assertThat(smallestWaiting).isGreaterThan(CAPACITY - booked);
    }

    private void race(SessionCard session, List<BookingService> instances, IntUnaryOperator seatsFor) throws Exception {
        List<PersonDetails> residents = sessions.residents(RESIDENTS);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            PersonDetails resident = residents.get(i);
            BookingService service = instances.get(i % instances.size());
            int seats = seatsFor.applyAsInt(i);
            tasks.add(() -> as(resident, () -> service.book(BookingRequest.asItStands(session.id(), seats, true))));
        }
        Together.run(tasks, RESIDENTS);
    }

    /** The holder strategies of the running app instances (the Spring context installs its own on start). */
    private final List<SecurityContextHolderStrategy> strategies = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.BeforeEach
    void rememberTheAppsSecurityContextHolder() {
        strategies.add(SecurityContextHolder.getContextHolderStrategy());
    }

    private void as(PersonDetails person, Runnable work) {
        GaleraInstances.signedInToAll(strategies, person, work);
    }

    /**
     * Replays the bookings in the order the database serialized them (arrival, given out under the row lock):
     * each must be confirmed exactly when its seats still fitted then, and waiting otherwise.
     */
    private void assertSeatsAndWaitingListAreRight(long sessionId, int capacity) {
        record Row(int arrival, int seats, String status) {}
        List<Row> rows = jdbc.sql("SELECT arrival, seats, status FROM booking WHERE session_id = ? ORDER BY arrival")
                .param(sessionId)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getInt(2), rs.getString(3)))
                .list();
        assertThat(rows).hasSize(RESIDENTS);
        assertThat(rows.stream().map(Row::arrival).toList()).doesNotHaveDuplicates();
        int free = capacity;
        for (Row row : rows) {
            boolean fits = row.seats() <= free;
            assertThat(row.status())
                    .as("arrival " + row.arrival() + " for " + row.seats())
                    .isEqualTo(fits ? "CONFIRMED" : "WAITING");
            free -= fits ? row.seats() : 0;
        }
        assertThat(sessions.bookedSeats(sessionId))
                .isEqualTo(capacity - free)
                .isEqualTo(sessions.confirmedSeats(sessionId))
                .isLessThanOrEqualTo(capacity);
    }
}
