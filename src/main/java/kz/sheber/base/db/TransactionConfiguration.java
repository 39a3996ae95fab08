package kz.sheber.base.db;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The app's one transaction manager, in place of Spring Boot's plain JPA one; see {@link SilentRollbackGuard}. */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(
            GaleraConnections galera,
            MeterRegistry registry,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        SilentRollbackGuard manager = new SilentRollbackGuard(galera, registry);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
