package kz.sheber.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18: what a Galera node did under two writer nodes, played on the test database. The server rolls the
 * transaction back halfway without telling the client (here a ROLLBACK sent behind the app's back), and the
 * statements after it run in a new transaction that COMMIT would make durable on its own.
 */
@SheberTest
class SilentRollbackGuardTest {

    @Autowired
    EntityManagerFactory entities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConflictRetry retry;

    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS guard_probe (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " step VARCHAR(20) NOT NULL, attempt INT NOT NULL)");
        jdbc.update("DELETE FROM guard_probe");
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP TABLE IF EXISTS guard_probe");
    }

    @Test
    void a_transaction_rolled_back_halfway_without_a_word_commits_nothing_of_itself_and_runs_again() {
        retry.run(new TransactionTemplate(guard()), status -> rolledBackUnderneathTheFirstTime());

        assertThat(attempts).hasValue(2);
        assertThat(jdbc.queryForList("SELECT CONCAT(step, ' ', attempt) FROM guard_probe ORDER BY id", String.class))
                .containsExactly("first 2", "second 2");
    }

    @Test
    void without_the_guard_the_second_half_is_committed_alone() {
        JpaTransactionManager plain = new JpaTransactionManager(entities);
        retry.run(new TransactionTemplate(plain), status -> rolledBackUnderneathTheFirstTime());

        // What residents met on the cluster: told "booked", and only the audit entry (the second half) was kept
        assertThat(attempts).hasValue(1);
        assertThat(jdbc.queryForList("SELECT CONCAT(step, ' ', attempt) FROM guard_probe ORDER BY id", String.class))
                .containsExactly("second 1");
    }

    @Test
    void a_transaction_left_alone_commits_once() {
        retry.run(new TransactionTemplate(guard()), status -> {
            jdbc.update("INSERT INTO guard_probe (step, attempt) VALUES ('only', ?)", attempts.incrementAndGet());
            return null;
        });
        assertThat(jdbc.queryForList("SELECT CONCAT(step, ' ', attempt) FROM guard_probe", String.class))
                .containsExactly("only 1");
    }

    private Object rolledBackUnderneathTheFirstTime() {
        int attempt = attempts.incrementAndGet();
        jdbc.update("INSERT INTO guard_probe (step, attempt) VALUES ('first', ?)", attempt);
        if (attempt == 1) {
            jdbc.execute("ROLLBACK");
        }
        jdbc.update("INSERT INTO guard_probe (step, attempt) VALUES ('second', ?)", attempt);
        return null;
    }

    /** The app's manager as it runs on a Galera node. */
    private PlatformTransactionManager guard() {
        GaleraConnections galera = new GaleraConnections() {
            @Override
            boolean onGalera() {
                return true;
            }
        };
        SilentRollbackGuard guard = new SilentRollbackGuard(galera, new SimpleMeterRegistry());
        guard.setEntityManagerFactory(entities);
        guard.afterPropertiesSet();
        return guard;
    }
}
