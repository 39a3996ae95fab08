package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One entry in the side navigation, contributed by the feature that owns the view. */
public interface NavigationEntry {

    String labelKey();

    Class<? extends Component> view();

    VaadinIcon icon();

    /** Smaller numbers come first. */
    int order();

    /** Whether the signed-in person (or a visitor) may open the view; entries they cannot use are hidden. */
    boolean isVisibleToCurrentUser();
}
