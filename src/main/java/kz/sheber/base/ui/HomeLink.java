package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;

/** "Back to the home page", for pages that end a journey. */
public final class HomeLink {

    private HomeLink() {}

    public static RouterLink create(Component owner) {
        return new RouterLink(owner.getTranslation("error.notfound.home"), HomeView.class);
    }
}
