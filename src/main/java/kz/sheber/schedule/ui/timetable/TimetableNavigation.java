package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import kz.sheber.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The timetable is the first entry after home, for everyone, signed in or not. */
@Configuration(proxyBeanMethods = false)
class TimetableNavigation {

    @Bean
    NavigationEntry timetableEntry() {
        return new NavigationEntry() {
            @Override
            public String labelKey() {
                return "timetable.nav";
            }

            @Override
            public Class<? extends Component> view() {
                return TimetableView.class;
            }

            @Override
            public VaadinIcon icon() {
                return VaadinIcon.CALENDAR;
            }

            @Override
            public int order() {
                return 10;
            }

            @Override
            public boolean isVisibleToCurrentUser() {
                return true;
            }
        };
    }
}
