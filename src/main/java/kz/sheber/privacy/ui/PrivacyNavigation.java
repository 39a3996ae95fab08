package kz.sheber.privacy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The privacy feature's entry in the side navigation, for staff. */
@Configuration(proxyBeanMethods = false)
class PrivacyNavigation {

    @Bean
    NavigationEntry consentsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "privacy.consents.title", ConsentsView.class, VaadinIcon.SHIELD, 95, authentication, Roles.ADMIN);
    }
}
