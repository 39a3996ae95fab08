package kz.sheber.roster.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import kz.sheber.base.ui.StartPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** My classes, for those who teach; every day's rosters, for staff; and each one's start page after sign-in. */
@Configuration(proxyBeanMethods = false)
class RosterNavigation {

    @Bean
    NavigationEntry mySessionsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "roster.mySessions.title",
                MySessionsView.class,
                VaadinIcon.USERS,
                15,
                authentication,
                Roles.INSTRUCTOR);
    }

    @Bean
    StartPage instructorsStart(AuthenticationContext authentication) {
        return StartPage.forRole(MySessionsView.class, 10, authentication, Roles.INSTRUCTOR);
    }

    /** Staff start the day with today's classes and their rosters. */
    @Bean
    StartPage staffStart(AuthenticationContext authentication) {
        return StartPage.forRole(RostersView.class, 20, authentication, Roles.ADMIN);
    }

    @Bean
    NavigationEntry rostersEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "roster.rosters.title", RostersView.class, VaadinIcon.CLIPBOARD_USER, 47, authentication, Roles.ADMIN);
    }
}
