package kz.sheber.privacy.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.privacy.ConsentService;

/**
 * Shown in place of whatever a signed-in person opened while they have not accepted the notice in force ({@link
 * ConsentGuard}): accept, and the page they asked for opens; refuse, and they are signed out with nothing changed.
 */
@Route("privacy/accept")
@PermitAll
class ConsentPromptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsentService consents;
    private final AuthenticationContext authentication;
    private final CentreTime time;

    ConsentPromptView(ConsentService consents, AuthenticationContext authentication, CentreTime time) {
        this.consents = consents;
        this.authentication = authentication;
        this.time = time;
        addClassNames("sheber-page", "sheber-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Button accept = new Button(getTranslation("privacy.prompt.accept"), click -> accept());
        accept.setId("consent-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refuse = new Button(getTranslation("privacy.prompt.refuse"), click -> refuse());
        refuse.setId("consent-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Toolbar buttons = new Toolbar(accept, refuse);
        add(
                new H1(getTranslation("privacy.prompt.title")),
                new Paragraph(getTranslation("privacy.prompt.intro")),
                NoticeContent.of(this, consents.notice(getLocale()), time),
                buttons);
    }

    private void accept() {
        consents.acceptCurrentNotice(getLocale());
        ConsentGuard.remember(consents.currentVersion());
        UI ui = UI.getCurrent();
        Object askedFor = ComponentUtil.getData(ui, ConsentGuard.ASKED_FOR);
        ComponentUtil.setData(ui, ConsentGuard.ASKED_FOR, null);
        ui.navigate(askedFor instanceof String path ? path : "");
    }

    private void refuse() {
        consents.refuseCurrentNotice();
        authentication.logout();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.prompt.title");
    }
}
