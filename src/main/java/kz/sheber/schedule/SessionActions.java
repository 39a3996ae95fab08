package kz.sheber.schedule;

import com.vaadin.flow.component.Component;

/**
 * What a feature offers on a session's public page, such as booking seats. The booking feature provides it;
 * the schedule only asks, so it needs to know nothing about booking (and no cycle forms between the two).
 */
public interface SessionActions {

    /** The component to show for a bookable session. */
    Component create(long sessionId);
}
