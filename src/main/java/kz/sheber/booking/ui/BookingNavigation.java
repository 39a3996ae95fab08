package kz.sheber.booking.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** My bookings for residents, the desk for staff. */
@Configuration(proxyBeanMethods = false)
class BookingNavigation {

    @Bean
    NavigationEntry myBookingsEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "mybookings.title", MyBookingsView.class, VaadinIcon.TICKET, 20, authentication, Roles.RESIDENT);
    }

    @Bean
    NavigationEntry deskEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole("desk.title", DeskView.class, VaadinIcon.PHONE, 46, authentication, Roles.ADMIN);
    }
}
