package kz.sheber.booking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.GaleraCluster;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's benchmark, run by hand (docs/PERFORMANCE.md): bookings per second on a three-node Galera cluster through
 * one instance, through two instances writing to the same node, and through two instances writing to two nodes,
 * with the transactions each had to run again after a conflict and the bookings answered but missing afterwards.
 * Each round books 1,200 different residents into 30 sessions of 12 seats (40 per session, 1 seat each, waiting list
 * allowed, 40 threads), after a warm-up round. Not a pass/fail test: it prints its figures.
 * {@code ./mvnw -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=GaleraBookingBenchmark}
 */
class GaleraBookingBenchmark {

    private static final int SESSIONS = 30;
    private static final int PER_SESSION = 40;

    @Test
    void bookings_per_second_through_one_and_two_instances_on_one_and_two_writer_nodes() throws Exception {
        // Instances 0 and 1 on node 1, instance 2 on node 3
        try (GaleraCluster cluster = GaleraCluster.startFresh();
                GaleraInstances instances = GaleraInstances.on(cluster, 1, 1, 3)) {
            for (int run = 0; run < 2; run++) {
                round(cluster, instances, new int[] {0, 1}, run == 0 ? "warm-up" : "two instances, one writer node");
                round(cluster, instances, new int[] {0}, "one instance on node 1");
                round(cluster, instances, new int[] {0, 2}, "two instances, two writer nodes");
            }
        }
    }

    private static void round(GaleraCluster cluster, GaleraInstances instances, int[] through, String name)
            throws Exception {
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            SessionCard session = instances.sessions().session(12);
            sessions.add(session.id());
        }
        List<PersonDetails> residents = instances.sessions().residents(SESSIONS * PER_SESSION);
        Set<String> told = ConcurrentHashMap.newKeySet();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < residents.size(); i++) {
            PersonDetails resident = residents.get(i);
            BookingService service = instances.bookings(through[i % through.length]);
            long session = sessions.get(i % SESSIONS);
            tasks.add(() -> instances.as(
                    resident,
                    () -> told.add(service.book(BookingRequest.asItStands(session, 1, true))
                            .reference())));
        }
        double retriesBefore = instances.retries();
        long start = System.nanoTime();
        int refused = GaleraInstances.together(tasks, 40);
        double seconds = (System.nanoTime() - start) / 1e9;
        double retries = instances.retries() - retriesBefore;
        int present;
        try (Connection c = cluster.connect(1);
                Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM booking WHERE session_id BETWEEN "
                    + sessions.getFirst() + " AND " + sessions.getLast())) {
                r.next();
                present = r.getInt(1);
            }
        }
        System.out.printf(
                "GALERA BENCHMARK %s: %d bookings in %.2f s = %.0f answered/s; %.1f conflict retries per 100;"
                        + " %d refused; %d answered but missing%n",
                name,
                tasks.size(),
                seconds,
                told.size() / seconds,
                100 * retries / tasks.size(),
                refused,
                told.size() - present);
    }
}
