package kz.sheber.base.db;

import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: the schema is the one this version of the app expects. Flyway migrates at start-up; a migration
 * left pending (another instance of an older version started meanwhile, or one failed) keeps the instance out.
 */
@Component("migrationsHealthIndicator")
class MigrationsHealthIndicator implements HealthIndicator {

    private final Flyway flyway;

    MigrationsHealthIndicator(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        return flyway.info().pending().length == 0
                ? Health.up().build()
                : Health.down().build();
    }
}
