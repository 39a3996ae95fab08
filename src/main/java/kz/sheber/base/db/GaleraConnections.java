package kz.sheber.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On a Galera node ({@code wsrep_on}), each pooled connection reads with {@code wsrep_sync_wait = 1}: a read
 * first waits until this node has applied every write the cluster committed before it, so an instance on one node
 * decides on what another instance just committed on another (a resident's booking after a failover, an account
 * disabled a moment ago). Writes need no wait: certification refuses a write built on a stale read, and
 * {@link ConflictRetry} runs it again. On a plain MariaDB nothing changes.
 */
@Component
public class GaleraConnections implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(GaleraConnections.class);
    static final String READS_WAIT = "SET SESSION wsrep_sync_wait = 1";
    private volatile boolean galera;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getConnectionInitSql() == null
                && pool.getJdbcUrl() != null
                && isGalera(pool)) {
            log.info("The database is a Galera node: reads wait for the cluster's latest commits (wsrep_sync_wait)");
            pool.setConnectionInitSql(READS_WAIT);
            galera = true;
        }
        return bean;
    }

    /** Whether the app's pool talks to a Galera node (known once the pool's bean is made, before any transaction). */
    boolean onGalera() {
        return galera;
    }

    /**
     * Whether a change people are told of must be read back after COMMIT: only on a Galera node, where a commit
     * answered OK may hold nothing ({@link SilentRollbackGuard}); a single MariaDB keeps what it says it committed.
     */
    public boolean commitsNeedReadingBack() {
        return onGalera();
    }

    /** Asked on a connection of its own: the pool must not start before its settings are final. */
    private static boolean isGalera(HikariDataSource pool) {
        try (Connection c = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")) {
            return row.next() && "ON".equalsIgnoreCase(row.getString(2));
        } catch (SQLException e) {
            // The embedded server may not be up yet, or the database is not MariaDB: not a cluster we can tell
            log.debug("Could not ask the database whether it is a Galera node", e);
            return false;
        }
    }
}
