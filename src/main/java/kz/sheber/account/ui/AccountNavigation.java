package kz.sheber.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accounts feature's entries in the side navigation. */
@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavigationEntry profileEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "account.profile.title", ProfileView.class, VaadinIcon.USER, 80, authentication, null);
    }

    @Bean
    NavigationEntry peopleEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "account.people.title", PeopleView.class, VaadinIcon.USERS, 90, authentication, Roles.ADMIN);
    }
}
