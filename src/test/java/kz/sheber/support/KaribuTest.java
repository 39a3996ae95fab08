package kz.sheber.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import kz.sheber.account.security.PersonDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browserless UI tests: the real Spring context and services behind a mocked Vaadin servlet. */
@SheberTest
public abstract class KaribuTest {

    protected static final Routes ROUTES = RouteScan.routes("kz.sheber");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs the person in for this test, as Spring Security and Vaadin's view access control see it. */
    protected void login(PersonDetails person) {
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> person.roles().contains(role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request =
                    (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** Opens a route as a person reading the given language would. */
    protected void open(String route, Locale locale) {
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        if (ui.getInternals().getActiveViewLocation().getPath().equals(route)) {
            // Already there: rebuild the view and its layout, so everything on screen is in the new language
            ui.refreshCurrentRoute(true);
        } else {
            // Through the server-side router, so unknown addresses reach our not-found view (UI.navigate would
            // hand them to the browser's router, which Karibu does not have)
            ui.getInternals().getRouter().navigate(ui, new Location(route), NavigationTrigger.PROGRAMMATIC);
        }
    }
}
