package kz.sheber.booking;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sheber.Application;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.support.GaleraCluster;
import kz.sheber.support.TestMail;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * App instances as Spring contexts in this JVM, each on its own node of a {@link GaleraCluster}, for the cluster's
 * race test and benchmark: residents sign in to every instance at once and call its services.
 */
final class GaleraInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    /** Each context installs its own security-context holder; a resident signs in to all of them. */
    private final List<SecurityContextHolderStrategy> strategies = new CopyOnWriteArrayList<>();

    /** One instance per node given, started one after the other (the first migrates the schema). */
    static GaleraInstances on(GaleraCluster cluster, int... nodes) {
        GaleraInstances started = new GaleraInstances();
        for (int node : nodes) {
            started.instances.add(start(cluster, node));
            started.strategies.add(SecurityContextHolder.getContextHolderStrategy());
        }
        // The first instance's holder for code that signs in the usual way (TestSessions, TestCatalogue)
        SecurityContextHolder.setContextHolderStrategy(started.strategies.getFirst());
        return started;
    }

    private static ConfigurableApplicationContext start(GaleraCluster cluster, int node) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", cluster.jdbcUrl(node));
        settings.put("spring.datasource.username", GaleraCluster.USER);
        settings.put("spring.datasource.password", GaleraCluster.PASSWORD);
        // A dead node answers no new connection: give up on it within a second. The instance tied to the node that
        // the kill test stops meets that wait once per remaining booking, one after another (one session's bookings
        // queue per instance), so 3 s made that one test 3.5 minutes of CI; the survivor's bookings never wait for
        // a pooled connection that long, since they too go one at a time
        settings.put("spring.datasource.hikari.connection-timeout", "1000");
        settings.put("spring.mail.host", TestMail.host());
        settings.put("spring.mail.port", TestMail.port());
        settings.put("sheber.mail.poll-interval", "1s");
        settings.put("server.port", "0");
        settings.put("management.server.port", "-1");
        settings.put("spring.main.banner-mode", "off");
        try {
            settings.put(
                    "sheber.data-directory",
                    Files.createTempDirectory("sheber-galera-node" + node).toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new SpringApplicationBuilder(Application.class)
                .initializers(c -> c.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("galera-node-" + node, settings)))
                .run();
    }

    /** The n-th instance started (0 for the first). */
    ConfigurableApplicationContext get(int n) {
        return instances.get(n);
    }

    BookingService bookings(int n) {
        return instances.get(n).getBean(BookingService.class);
    }

    TestSessions sessions() {
        return instances.getFirst().getBean(TestSessions.class);
    }

    /** Transactions run again after a conflict, summed over every instance. */
    double retries() {
        return instances.stream()
                .mapToDouble(i -> i.getBean(MeterRegistry.class)
                        .counter("sheber.db.conflict.retries")
                        .count())
                .sum();
    }

    void as(PersonDetails person, Runnable work) {
        signedInToAll(strategies, person, work);
    }

    /** Runs the work signed in as the person to every app instance whose holder strategy is given. */
    static void signedInToAll(List<SecurityContextHolderStrategy> strategies, PersonDetails person, Runnable work) {
        try {
            for (SecurityContextHolderStrategy strategy : strategies) {
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
                strategy.setContext(context);
            }
            work.run();
        } finally {
            strategies.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }

    /** Starts every task at once on up to {@code threads} threads; returns how many threw. */
    static int together(List<Runnable> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (Runnable task : tasks) {
            done.add(pool.submit(() -> {
                start.await();
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    System.err.println("Refused: " + e);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return failed.get();
    }

    @Override
    public void close() {
        instances.reversed().forEach(ConfigurableApplicationContext::close);
    }
}
