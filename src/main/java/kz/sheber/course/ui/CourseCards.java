package kz.sheber.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** What the course cards on the timetable and on My bookings share: a headed list of cards, and the way in. */
final class CourseCards {

    private CourseCards() {}

    /** A heading and one card per item in the reader's language; the whole section is hidden when there are none. */
    static <S extends Component & HasComponents, T> S fill(
            S section, String headingKey, List<T> items, BiFunction<T, Locale, Component> card) {
        section.setVisible(!items.isEmpty());
        if (!items.isEmpty()) {
            section.add(new H2(CourseText.t(headingKey)));
            Locale locale = UI.getCurrent().getLocale();
            items.forEach(item -> section.add(card.apply(item, locale)));
        }
        return section;
    }

    /** A link to the course's page. */
    static RouterLink toCourse(String text, long seriesId) {
        return new RouterLink(text, CoursePage.class, new RouteParameters("id", String.valueOf(seriesId)));
    }
}
