package kz.sheber.booking;

import com.vaadin.flow.component.Component;

/**
 * A resident's courses on My bookings, each as one item with its dates. The course feature provides it; when it
 * does, My bookings leaves the dates' seats out of its own lists, since they show inside the course's item.
 */
public interface MyCourses {

    Component section();
}
