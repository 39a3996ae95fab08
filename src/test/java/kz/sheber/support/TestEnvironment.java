package kz.sheber.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's Spring context at the test database and the test SMTP server, keeps its files in a temporary
 * directory, and gives it a {@link TestClock} that tests can move forward.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "sheber-test",
                            Map.of(
                                    "spring.datasource.url", TestDatabase.url(),
                                    "spring.datasource.username", TestDatabase.user(),
                                    "spring.datasource.password", TestDatabase.password(),
                                    "spring.mail.host", TestMail.host(),
                                    "spring.mail.port", TestMail.port(),
                                    "sheber.data-directory",
                                            Files.createTempDirectory("sheber-test-data")
                                                    .toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (context instanceof GenericApplicationContext beans) {
            beans.registerBean("testClock", TestClock.class, TestClock::new, bean -> bean.setPrimary(true));
        }
    }
}
