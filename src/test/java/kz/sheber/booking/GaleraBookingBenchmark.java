package kz.sheber.booking;

import java.util.ArrayList;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.GaleraCluster;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's benchmark, run by hand (docs/PERFORMANCE.md): bookings per second through two app instances on two
 * Galera nodes against one instance on one node of the same cluster, and how many transactions each had to run
 * again after a write conflict. Each round books 1,200 different residents into 30 sessions of 12 seats (1 seat
 * each, waiting list allowed; 40 residents per session, so every session is contested), after a warm-up round.
 * Not a pass/fail test: it prints its figures.
 * {@code ./mvnw -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=GaleraBookingBenchmark}
 */
class GaleraBookingBenchmark {

    private static final int SESSIONS = 30;
    private static final int PER_SESSION = 40;

    @Test
    void bookings_per_second_on_two_nodes_against_one() throws Exception {
        try (GaleraCluster cluster = GaleraCluster.startFresh();
                GaleraInstances instances = GaleraInstances.on(cluster, 1, 3)) {
            round(instances, 2, "warm-up, two instances");
            round(instances, 1, "one instance on node 1");
            round(instances, 2, "two instances, nodes 1 and 3");
            round(instances, 1, "one instance on node 1");
            round(instances, 2, "two instances, nodes 1 and 3");
        }
    }

    private static void round(GaleraInstances instances, int through, String name) throws Exception {
        List<SessionCard> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(instances.sessions().session(12));
        }
        List<PersonDetails> residents = instances.sessions().residents(SESSIONS * PER_SESSION);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < residents.size(); i++) {
            PersonDetails resident = residents.get(i);
            BookingService service = instances.bookings(i % through);
            long session = sessions.get(i % SESSIONS).id();
            tasks.add(() -> instances.as(resident, () -> service.book(new BookingRequest(session, 1, true, null))));
        }
        double retriesBefore = instances.retries();
        long start = System.nanoTime();
        int refused = GaleraInstances.together(tasks, 40);
        double seconds = (System.nanoTime() - start) / 1e9;
        double retries = instances.retries() - retriesBefore;
        System.out.printf("GALERA BENCHMARK %s: %d bookings in %.2f s = %.0f bookings/s; %.0f conflict retries"
                        + " (%.1f per 100 bookings); %d refused%n", name, tasks.size(), seconds, tasks.size() / seconds,
                retries, 100 * retries / tasks.size(), refused);
    }
}
