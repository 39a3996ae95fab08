package kz.sheber.notification.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Undelivered mail, for staff. */
@Configuration(proxyBeanMethods = false)
class MailNavigation {

    @Bean
    NavigationEntry undeliveredMailEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "notification.undelivered.title",
                UndeliveredMailView.class,
                VaadinIcon.ENVELOPE_O,
                85,
                authentication,
                Roles.ADMIN);
    }
}
