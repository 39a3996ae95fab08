package kz.sheber.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log, for staff. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditLogEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "audit.title", AuditLogView.class, VaadinIcon.CLIPBOARD_TEXT, 88, authentication, Roles.ADMIN);
    }
}
