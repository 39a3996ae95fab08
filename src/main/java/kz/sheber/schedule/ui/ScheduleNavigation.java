package kz.sheber.schedule.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schedule's staff entry in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ScheduleNavigation {

    @Bean
    NavigationEntry sessionsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "schedule.sessions.title",
                SessionsView.class,
                VaadinIcon.CALENDAR_CLOCK,
                45,
                authentication,
                Roles.ADMIN);
    }
}
