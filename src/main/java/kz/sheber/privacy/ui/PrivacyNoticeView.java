package kz.sheber.privacy.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.ConsentCheckbox;
import kz.sheber.privacy.ConsentService;

/** The privacy notice, for anyone, in the language they read. */
@Route(ConsentCheckbox.ROUTE)
@AnonymousAllowed
class PrivacyNoticeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsentService consents;
    private final CentreTime time;

    PrivacyNoticeView(ConsentService consents, CentreTime time) {
        this.consents = consents;
        this.time = time;
        addClassNames("sheber-page", "sheber-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Built on every visit, so a language switch redraws it in the new language
        removeAll();
        add(new H1(getTranslation("privacy.notice.title")), NoticeContent.of(this, consents.notice(getLocale()), time));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.notice.title");
    }
}
