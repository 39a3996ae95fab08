package kz.sheber.schedule.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * What a feature offers on a session's public page, such as booking seats. The booking feature provides it;
 * the schedule only asks, so it needs to know nothing about booking (and no cycle forms between the two).
 * It returns a Vaadin component, so it lives with the schedule's views; named so that booking may implement it
 * without the rest of {@code schedule.ui} becoming the schedule's public face.
 */
@NamedInterface("session-actions")
public interface SessionActions {

    /** The component to show for a bookable session. */
    Component create(long sessionId);
}
