package kz.sheber.catalogue.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue's entries in the side navigation, for staff. */
@Configuration(proxyBeanMethods = false)
class CatalogueNavigation {

    @Bean
    NavigationEntry workshopsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "catalogue.workshops.title", WorkshopsView.class, VaadinIcon.PALETTE, 50, authentication, Roles.ADMIN);
    }

    @Bean
    NavigationEntry craftsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "catalogue.crafts.title", CraftsView.class, VaadinIcon.TAGS, 55, authentication, Roles.ADMIN);
    }

    @Bean
    NavigationEntry roomsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "catalogue.rooms.title", RoomsView.class, VaadinIcon.WORKPLACE, 60, authentication, Roles.ADMIN);
    }

    @Bean
    NavigationEntry instructorsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "catalogue.instructors.title",
                InstructorsView.class,
                VaadinIcon.ACADEMY_CAP,
                65,
                authentication,
                Roles.ADMIN);
    }
}
