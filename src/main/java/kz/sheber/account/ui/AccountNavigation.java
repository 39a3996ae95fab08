package kz.sheber.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.account.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accounts feature's entries in the side navigation. */
@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavigationEntry profileEntry(AuthenticationContext authentication) {
        return entry("account.profile.title", ProfileView.class, VaadinIcon.USER, 80, authentication, null);
    }

    @Bean
    NavigationEntry peopleEntry(AuthenticationContext authentication) {
        return entry("account.people.title", PeopleView.class, VaadinIcon.USERS, 90, authentication, Roles.ADMIN);
    }

    private static NavigationEntry entry(String key, Class<? extends Component> view, VaadinIcon icon, int order,
            AuthenticationContext authentication, String role) {
        return new NavigationEntry() {
            @Override public String labelKey() { return key; }
            @Override public Class<? extends Component> view() { return view; }
            @Override public VaadinIcon icon() { return icon; }
            @Override public int order() { return order; }
            @Override public boolean isVisibleToCurrentUser() {
                return authentication.isAuthenticated() && (role == null || authentication.hasRole(role));
            }
        };
    }
}
