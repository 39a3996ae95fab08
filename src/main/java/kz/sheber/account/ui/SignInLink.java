package kz.sheber.account.ui;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import kz.sheber.base.ui.ReturnPath;

/** The top bar's "Sign in": it carries the page being read, so signing in comes back to it. */
class SignInLink extends RouterLink implements AfterNavigationObserver {

    SignInLink() {
        super("", LoginView.class);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        setQueryParameters(ReturnPath.safe(ReturnPath.of(event.getLocation()))
                .map(ReturnPath::carrying)
                .orElse(QueryParameters.empty()));
    }
}
