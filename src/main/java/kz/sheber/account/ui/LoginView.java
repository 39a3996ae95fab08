package kz.sheber.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpSession;
import kz.sheber.account.security.SignInThrottledException;
import kz.sheber.base.ui.ReturnPath;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in with email and password. The same message for a wrong password and an unknown email; its own for too
 * many attempts, a disabled account (after the right password only) and a form gone stale.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final RouterLink register = new RouterLink("", RegisterView.class);

    LoginView() {
        addClassNames("sheber-page", "sheber-narrow");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n());
        register.setText(getTranslation("account.login.register"));
        register.setId("login-register");
        Div aside = new Div(new Paragraph(getTranslation("account.login.noAccount")), register);
        aside.addClassName("sheber-aside");
        add(new H1(getTranslation("account.login.title")), form, aside);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle("");
        f.setUsername(getTranslation("account.field.email"));
        f.setPassword(getTranslation("account.field.password"));
        f.setSubmit(getTranslation("account.login.submit"));
        f.setForgotPassword(getTranslation("account.login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("account.login.failed.title"));
        error.setMessage(getTranslation("account.login.failed.text"));
        error.setUsername(getTranslation("account.validation.emailRequired"));
        error.setPassword(getTranslation("account.login.passwordRequired"));
        i18n.setHeader(null);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReturnPath.from(event.getLocation()).ifPresent(this::returnAfterSignIn);
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("expired")) {
            showError("account.login.expired");
        } else if (parameters.containsKey("error")) {
            Object failure = lastFailure();
            showError(
                    failure instanceof SignInThrottledException
                            ? "account.login.throttled"
                            : failure instanceof DisabledException ? "account.login.disabled" : "account.login.failed");
        }
    }

    /**
     * Vaadin's sign-in success handler sends the person to this session attribute (the same one it sets itself when
     * a signed-out person opens a closed page); registering from here carries the path on.
     */
    private void returnAfterSignIn(String path) {
        if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpSession session = request.getHttpServletRequest().getSession();
            session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, path.substring(1));
            session.setAttribute(
                    NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE,
                    request.getHttpServletRequest().getContextPath() + path);
        }
        ReturnPath.remember(path);
        register.setQueryParameters(ReturnPath.carrying(path));
    }

    private void showError(String key) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(key + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(key + ".text"));
        form.setI18n(i18n);
        form.setError(true);
    }

    private static @Nullable Object lastFailure() {
        if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpSession session = request.getHttpServletRequest().getSession(false);
            return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.login.title");
    }
}
