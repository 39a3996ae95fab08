package kz.sheber.base.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a believable centre when the {@code demo} profile is on, never otherwise. Each part is recorded in
 * {@code demo_seed} in the same transaction as its data, so a restart (or a crash half-way) never duplicates.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE) // before other start-up work, which may look for what the demo seeds
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final List<DemoSeeder> seeders;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoData(List<DemoSeeder> seeders, JdbcClient jdbc, TransactionTemplate transaction) {
        this.seeders = seeders;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).forEach(this::seedOnce);
    }

    private void seedOnce(DemoSeeder seeder) {
        transaction.executeWithoutResult(status -> {
            // The row lock makes a second instance starting at the same time wait, then skip
            boolean done = jdbc.sql("SELECT COUNT(*) FROM demo_seed WHERE name = ? FOR UPDATE")
                            .param(seeder.name())
                            .query(Integer.class)
                            .single()
                    > 0;
            if (done) {
                return;
            }
            seeder.seed();
            jdbc.sql("INSERT INTO demo_seed (name, seeded_at) VALUES (?, UTC_TIMESTAMP(6))")
                    .param(seeder.name())
                    .update();
            log.info("Demo data: seeded {}", seeder.name());
        });
    }
}
