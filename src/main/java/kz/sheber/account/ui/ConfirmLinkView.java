package kz.sheber.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.function.Consumer;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.HomeLink;
import kz.sheber.base.ui.ReturnPath;
import kz.sheber.base.ui.Submit;

/**
 * Where an emailed confirmation link leads. Mail scanners open links; so opening this page changes nothing,
 * and only the button confirms.
 */
@AnonymousAllowed
abstract class ConfirmLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Consumer<String> confirm;
    private final String prefix;

    ConfirmLinkView(Consumer<String> confirm, String prefix) {
        this.confirm = confirm;
        this.prefix = prefix;
        addClassNames("sheber-page", "sheber-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        removeAll();
        Button button = new Button(getTranslation(prefix + ".submit"));
        button.setId("confirm");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Submit.onClick(button, () -> {
            try {
                confirm.accept(token);
                removeAll();
                add(new H1(getTranslation(prefix + ".done")), onwards());
            } catch (InvalidInput problem) {
                removeAll();
                add(
                        new H1(getTranslation(prefix + ".title")),
                        new Paragraph(getTranslation("account.link.invalid")),
                        new RouterLink(getTranslation("account.login.title"), LoginView.class));
            }
        });
        add(new H1(getTranslation(prefix + ".title")), new Paragraph(getTranslation(prefix + ".intro")), button);
    }

    /** Back to the page that sent them to sign in or register, if this browser was the one; else home. */
    private Component onwards() {
        return ReturnPath.remembered()
                .<Component>map(path -> {
                    boolean signedIn = VaadinRequest.getCurrent() != null
                            && VaadinRequest.getCurrent().getUserPrincipal() != null;
                    Anchor back = new Anchor(
                            signedIn ? path.substring(1) : ReturnPath.signInHref(path),
                            getTranslation(signedIn ? "account.continue.back" : "account.continue.signIn"));
                    back.setId("continue");
                    return back;
                })
                .orElseGet(() -> HomeLink.create(this));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title");
    }
}
