package kz.sheber.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import kz.sheber.account.AccountService;
import kz.sheber.account.PasswordLink;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.ConsentCheckbox;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.Submit;

/**
 * Where an emailed reset or invitation link leads: opening it changes nothing; the person types a new
 * password and presses the button.
 */
@AnonymousAllowed
abstract class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordLink purpose;
    private final String prefix;

    SetPasswordView(AccountService accounts, PasswordLink purpose, String prefix) {
        this.accounts = accounts;
        this.purpose = purpose;
        this.prefix = prefix;
        addClassNames("sheber-page", "sheber-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        removeAll();
        add(new H1(getTranslation(prefix + ".title")));
        if (!accounts.isUsable(token, purpose)) {
            add(
                    new Paragraph(getTranslation("account.link.invalid")),
                    new RouterLink(getTranslation("account.forgot.title"), ForgotPasswordView.class));
            return;
        }
        PasswordField password = new PasswordField(getTranslation("account.field.newPassword"));
        password.setId("password");
        password.setHelperText(getTranslation("account.password.help"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        // An invitation opens an account, so it asks for the privacy notice like registration does
        Checkbox consent = ConsentCheckbox.online(this);
        consent.setVisible(purpose == PasswordLink.INVITATION);
        Button save = new Button(getTranslation(prefix + ".submit"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Submit.onClick(save, () -> {
            try {
                if (purpose == PasswordLink.INVITATION) {
                    accounts.acceptInvitation(token, password.getValue(), consent.getValue());
                } else {
                    accounts.setPasswordFromLink(token, purpose, password.getValue());
                }
                removeAll();
                add(
                        new H1(getTranslation(prefix + ".done")),
                        new RouterLink(getTranslation("account.login.title"), LoginView.class));
            } catch (InvalidInput problem) {
                Forms.show(this, problem, Map.of("password", password, "consent", consent));
            }
        });
        add(new Paragraph(getTranslation(prefix + ".intro")), password, consent, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title");
    }
}
