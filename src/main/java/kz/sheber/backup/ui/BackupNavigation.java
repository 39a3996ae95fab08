package kz.sheber.backup.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Backups, for admins. */
@Configuration(proxyBeanMethods = false)
class BackupNavigation {

    @Bean
    NavigationEntry backupsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "backup.title", BackupsView.class, VaadinIcon.ARCHIVE, 95, authentication, Roles.ADMIN);
    }
}
