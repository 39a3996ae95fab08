package kz.sheber.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.GaleraCluster;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18: two app instances on a three-node Galera cluster, each on the node a subclass names, with residents
 * racing for seats through both; node 3 is the one killed mid-burst. The instances are two Spring contexts of the app in this JVM, driven
 * through their BookingService: 400 residents through Vaadin pages would take 400 browsers, and the app has no
 * booking API to drive instead (nor should it grow a test-only one). The code under test is the packaged one's:
 * its services, retries and outbox workers on their own pools; GaleraClusterIT runs the packaged jars.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(GaleraCluster.PerClassDatabase.class)
abstract class GaleraBookingRace {

    private static final int CAPACITY = 12;
    private final int[] nodes;
    private GaleraCluster cluster;
    private GaleraInstances instances;

    GaleraBookingRace(int... nodes) {
        this.nodes = nodes;
    }

    /** The run's shared cluster, whole, with a database of this class's own (the kill test leaves node 3 rejoined). */
    @BeforeAll
    void start(GaleraCluster cluster) {
        this.cluster = cluster;
        instances = GaleraInstances.on(cluster, nodes);
    }

    @AfterAll
    void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    @Order(1)
    void four_hundred_residents_get_exactly_twelve_seats_and_every_node_holds_the_same_waiting_list() throws Exception {
        SessionCard session = instances.sessions().session(CAPACITY);
        List<PersonDetails> residents = instances.sessions().residents(400);
        List<Runnable> tasks = new ArrayList<>();
        Set<String> told = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < residents.size(); i++) {
            PersonDetails resident = residents.get(i);
            BookingService service = instances.bookings(i % 2);
            int instance = i % 2;
            tasks.add(() -> instances.as(
                    resident,
                    () -> told.add(service.book(BookingRequest.asItStands(session.id(), 1, true))
                                    .reference() + " through instance " + instance + " by " + resident.getUsername())));
        }
        int refused = GaleraInstances.together(tasks, 48);

        List<String> onNodeOne = rows(1, session.id());
        List<String> references =
                onNodeOne.stream().map(row -> row.split(" ")[0]).toList();
        assertThat(told.stream()
                        .filter(answer -> !references.contains(answer.split(" ")[0]))
                        .toList())
                .as("bookings a resident was told of that are on no node")
                .isEmpty();
        assertThat(refused).as("requests refused").isZero();
        assertThat(onNodeOne).hasSize(400);
        for (int node = 1; node <= 3; node++) {
            assertInArrivalOrder(node, session.id(), CAPACITY);
            assertThat(rows(node, session.id()))
                    .as("node " + node + " holds the same bookings")
                    .isEqualTo(onNodeOne);
        }
        System.out.printf("Galera race: %.0f conflict retries for 400 bookings%n", instances.retries());
    }

    @Test
    @Order(2)
    void cancellations_on_one_instance_promote_the_waiting_while_the_other_instance_books() throws Exception {
        SessionCard session = instances.sessions().session(CAPACITY);
        List<PersonDetails> holders = instances.sessions().residents(CAPACITY);
        for (PersonDetails holder : holders) {
            instances.as(holder, () -> instances.bookings(0).book(BookingRequest.asItStands(session.id(), 1, false)));
        }
        List<PersonDetails> newcomers = instances.sessions().residents(60);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < newcomers.size(); i++) {
            if (i < holders.size()) {
                PersonDetails holder = holders.get(i);
                BookingService first = instances.bookings(0);
                tasks.add(() -> instances.as(
                        holder, () -> first.cancel(first.myBookings().getFirst().id())));
            }
            PersonDetails newcomer = newcomers.get(i);
            BookingService second = instances.bookings(1);
            tasks.add(() ->
                    instances.as(newcomer, () -> second.book(BookingRequest.asItStands(session.id(), 1, true))));
        }
        assertThat(GaleraInstances.together(tasks, 32)).as("requests refused").isZero();

        List<String> onNodeOne = rows(1, session.id());
        for (int node = 1; node <= 3; node++) {
            try (Connection c = synced(node)) {
                int booked = single(c, "SELECT booked_seats FROM workshop_session WHERE id = " + session.id());
                assertThat(booked)
                        .isEqualTo(single(
                                c,
                                "SELECT COALESCE(SUM(seats), 0) FROM booking WHERE session_id = " + session.id()
                                        + " AND status = 'CONFIRMED'"));
                // Sixty wanted the twelve seats the holders gave back: all are taken and the rest wait
                assertThat(booked).isEqualTo(CAPACITY);
                assertThat(single(
                                c,
                                "SELECT COUNT(*) FROM booking WHERE session_id = " + session.id()
                                        + " AND status = 'WAITING'"))
                        .isEqualTo(60 - CAPACITY);
            }
            assertThat(rows(node, session.id())).isEqualTo(onNodeOne);
        }
    }

    @Test
    @Order(3)
    void both_instances_sending_reminders_at_once_send_each_booking_one() throws Exception {
        SessionCard session = instances.sessions().session(CAPACITY, Duration.ofHours(20));
        List<PersonDetails> booked = instances.sessions().residents(CAPACITY);
        for (PersonDetails resident : booked) {
            instances.as(resident, () -> instances.bookings(0).book(BookingRequest.asItStands(session.id(), 1, false)));
        }
        Reminders first = instances.get(0).getBean(Reminders.class);
        Reminders second = instances.get(1).getBean(Reminders.class);
        // Each instance's own schedule may be running too: that is the point, they all race for the same bookings
        assertThat(GaleraInstances.together(
                        List.of(first::sendDue, second::sendDue, first::sendDue, second::sendDue), 4))
                .as("runs that failed")
                .isZero();

        try (Connection c = synced(3)) {
            for (PersonDetails resident : booked) {
                assertThat(single(
                                c,
                                "SELECT COUNT(*) FROM outbox_mail WHERE template = 'reminder' AND recipient = '"
                                        + resident.email() + "'"))
                        .as("reminders queued for " + resident.email())
                        .isOne();
            }
            assertThat(single(
                            c,
                            "SELECT COUNT(*) FROM booking WHERE session_id = " + session.id()
                                    + " AND reminded_at IS NULL"))
                    .as("bookings not reminded")
                    .isZero();
        }
    }

    @Test
    @Order(4)
    void every_mail_the_outboxes_of_both_instances_sent_arrived_exactly_once() throws Exception {
        // Both instances' workers claim from the same outbox through different nodes
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            try (Connection c = synced(1)) {
                return single(c, "SELECT COUNT(*) FROM outbox_mail WHERE status <> 'SENT'") == 0;
            }
        });
        Map<String, Integer> queued = new HashMap<>();
        try (Connection c = synced(1);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT recipient, COUNT(*) FROM outbox_mail GROUP BY recipient")) {
            while (r.next()) {
                queued.put(r.getString(1), r.getInt(2));
            }
        }
        assertThat(queued).isNotEmpty();
        Map<String, Integer> arrived = new HashMap<>();
        TestMail.allMessages().forEach(m -> {
            try {
                for (var to : m.getAllRecipients()) {
                    String address = ((jakarta.mail.internet.InternetAddress) to).getAddress();
                    if (queued.containsKey(address)) {
                        arrived.merge(address, 1, Integer::sum);
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(arrived).isEqualTo(queued);
    }

    @Test
    @Order(5)
    void a_node_killed_mid_burst_loses_and_doubles_nothing_and_the_instance_on_a_surviving_node_carries_on()
            throws Exception {
        SessionCard session = instances.sessions().session(CAPACITY);
        List<PersonDetails> residents = instances.sessions().residents(200);
        Set<String> booked = ConcurrentHashMap.newKeySet();
        AtomicInteger refusedOnSurvivor = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch halfway = new CountDownLatch(1);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < residents.size(); i++) {
            PersonDetails resident = residents.get(i);
            int node = nodes[i % 2];
            boolean onSurvivor = node != 3;
            BookingService service = instances.bookings(i % 2);
            tasks.add(() -> {
                try {
                    instances.as(
                            resident,
                            () -> booked.add(service.book(BookingRequest.asItStands(session.id(), 1, true))
                                            .reference() + " on node " + node));
                } catch (RuntimeException e) {
                    if (onSurvivor) {
                        refusedOnSurvivor.incrementAndGet();
                        e.printStackTrace();
                    }
                } finally {
                    if (done.incrementAndGet() == 60) {
                        halfway.countDown();
                    }
                }
            });
        }
        ExecutorService killer = Executors.newSingleThreadExecutor();
        Future<?> killed = killer.submit(() -> {
            halfway.await();
            cluster.kill(3);
            return null;
        });
        GaleraInstances.together(tasks, 16);
        killed.get();
        killer.shutdown();
        assertThat(refusedOnSurvivor)
                .as("bookings refused on the surviving node")
                .hasValue(0);

        cluster.rejoin(3);
        List<String> onNodeOne = rows(1, session.id());
        List<String> references =
                onNodeOne.stream().map(row -> row.split(" ")[0]).toList();
        assertThat(booked.stream()
                        .filter(told -> !references.contains(told.split(" ")[0]))
                        .toList())
                .as("bookings a resident was told of that are not there")
                .isEmpty();
        assertThat(references).doesNotHaveDuplicates();
        for (int node = 1; node <= 3; node++) {
            assertInArrivalOrder(node, session.id(), CAPACITY);
            assertThat(rows(node, session.id()))
                    .as("node " + node + " after the rejoin")
                    .isEqualTo(onNodeOne);
        }
    }

    /** A connection to one node that first waits until the node has applied every commit of the cluster. */
    private Connection synced(int node) throws SQLException {
        Connection c = cluster.connect(node);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
        }
        return c;
    }

    /** Every booking of the session as one line (reference, person, seats, status, arrival), in arrival order. */
    private List<String> rows(int node, long sessionId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = synced(node);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT reference, person_id, seats, status, arrival FROM booking"
                        + " WHERE session_id = " + sessionId + " ORDER BY arrival")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getLong(2) + " " + r.getInt(3) + " " + r.getString(4) + " "
                        + r.getInt(5));
            }
        }
        return rows;
    }

    /** One seat each: the first {@code capacity} arrivals hold the seats, every later one waits, totals agree. */
    private void assertInArrivalOrder(int node, long sessionId, int capacity) throws SQLException {
        List<String> rows = rows(node, sessionId);
        List<String> statuses = rows.stream().map(row -> row.split(" ")[3]).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            expected.add(i < capacity ? "CONFIRMED" : "WAITING");
        }
        assertThat(statuses).as("node " + node + ", in arrival order").isEqualTo(expected);
        assertThat(rows.stream().map(row -> row.split(" ")[4]).toList()).doesNotHaveDuplicates();
        assertThat(rows.stream().map(row -> row.split(" ")[1]).toList()).doesNotHaveDuplicates();
        try (Connection c = synced(node)) {
            assertThat(single(c, "SELECT booked_seats FROM workshop_session WHERE id = " + sessionId))
                    .isEqualTo(capacity);
        }
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
