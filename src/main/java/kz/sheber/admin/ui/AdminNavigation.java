package kz.sheber.admin.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.admin.FiguresService;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.NavigationEntry;
import kz.sheber.base.ui.StaffStartSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard for staff (and the week's figures at the top of their start page), and My figures for those who
 * teach, right under My classes.
 */
@Configuration(proxyBeanMethods = false)
class AdminNavigation {

    @Bean
    NavigationEntry dashboardEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "admin.dashboard.title", DashboardView.class, VaadinIcon.CHART, 45, authentication, Roles.ADMIN);
    }

    @Bean
    StaffStartSummary weekAtAGlance(FiguresService figures) {
        return () -> new WeekAtAGlance(figures);
    }

    @Bean
    NavigationEntry myFiguresEntry(AuthenticationContext authentication) {
        return NavigationEntry.forRole(
                "admin.myFigures.title",
                MyFiguresView.class,
                VaadinIcon.CHART_LINE,
                16,
                authentication,
                Roles.INSTRUCTOR);
    }
}
