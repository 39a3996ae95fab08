package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Where a person lands after signing in, contributed by the feature that owns the page: an instructor's day starts
 * with their classes. People no start page applies to land on the home page; someone who was on their way to a
 * page when asked to sign in goes on to that page instead.
 */
public interface StartPage {

    Class<? extends Component> view();

    /** Smaller numbers win when several apply (someone who teaches and is staff). */
    int order();

    boolean appliesToCurrentUser();

    /** The start page of signed-in people holding {@code role}. */
    static StartPage forRole(
            Class<? extends Component> view, int order, AuthenticationContext authentication, String role) {
        return new StartPage() {
            @Override
            public Class<? extends Component> view() {
                return view;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean appliesToCurrentUser() {
                return authentication.isAuthenticated() && authentication.hasRole(role);
            }
        };
    }
}
