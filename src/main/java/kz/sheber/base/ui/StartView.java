package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * The address sign-in sends people to when they were not on their way anywhere: never shown, it forwards to the
 * first {@link StartPage} that applies to them, or to the home page.
 */
@Route("start")
@AnonymousAllowed
class StartView extends Div implements BeforeEnterObserver {

    private final List<StartPage> pages;

    StartView(List<StartPage> pages) {
        this.pages =
                pages.stream().sorted(Comparator.comparingInt(StartPage::order)).toList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(pages.stream()
                .filter(StartPage::appliesToCurrentUser)
                .findFirst()
                .<Class<? extends Component>>map(StartPage::view)
                .orElse(HomeView.class));
    }
}
