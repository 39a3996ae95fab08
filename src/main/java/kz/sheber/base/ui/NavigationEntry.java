package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;

/** One entry in the side navigation, contributed by the feature that owns the view. */
public interface NavigationEntry {

    String labelKey();

    Class<? extends Component> view();

    VaadinIcon icon();

    /** Smaller numbers come first. */
    int order();

    /** Whether the signed-in person (or a visitor) may open the view; entries they cannot use are hidden. */
    boolean isVisibleToCurrentUser();

    /** An entry shown to signed-in people holding {@code role} (any signed-in person when null). */
    static NavigationEntry forRole(
            String labelKey,
            Class<? extends Component> view,
            VaadinIcon icon,
            int order,
            AuthenticationContext authentication,
            @Nullable String role) {
        return new NavigationEntry() {
            @Override
            public String labelKey() {
                return labelKey;
            }

            @Override
            public Class<? extends Component> view() {
                return view;
            }

            @Override
            public VaadinIcon icon() {
                return icon;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean isVisibleToCurrentUser() {
                return authentication.isAuthenticated() && (role == null || authentication.hasRole(role));
            }
        };
    }
}
