package kz.sheber.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import kz.sheber.account.AccountService;
import kz.sheber.account.Registration;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.ConsentCheckbox;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.base.ui.ReturnPath;
import kz.sheber.base.ui.Submit;

/** A resident creates their account; they verify their email through a link before their first booking. */
@Route("register")
@AnonymousAllowed
class RegisterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<String> language = AccountFields.languageSelect(this);
    private final PasswordField password = new PasswordField();
    private final Checkbox consent = ConsentCheckbox.online(this);
    private final Map<String, HasValidation> fields = Map.of(
            "fullName",
            fullName,
            "email",
            email,
            "phone",
            phone,
            "language",
            language,
            "password",
            password,
            "acceptsPrivacyNotice",
            consent);

    RegisterView(AccountService accounts) {
        addClassNames("sheber-page", "sheber-narrow");
        fullName.setLabel(getTranslation("account.field.fullName"));
        LengthLimit.of(fullName, 120);
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("account.field.email"));
        email.setRequiredIndicatorVisible(true);
        phone.setLabel(getTranslation("account.field.phone"));
        phone.setHelperText(getTranslation("account.field.phone.help"));
        phone.setAutocomplete(Autocomplete.TEL);
        language.setValue(getLocale().getLanguage());
        password.setLabel(getTranslation("account.field.password"));
        password.setHelperText(getTranslation("account.password.help"));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fullName.setId("fullName");
        email.setId("email");
        phone.setId("phone");
        password.setId("password");

        Button submit = new Button(getTranslation("account.register.submit"));
        submit.setId("register");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(fullName, email, phone, language, password, consent, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Submit.onClick(submit, () -> {
            try {
                accounts.register(new Registration(
                        fullName.getValue(),
                        email.getValue(),
                        phone.getValue(),
                        language.getValue(),
                        password.getValue(),
                        consent.getValue()));
                removeAll();
                add(
                        new H1(getTranslation("account.register.done.title")),
                        new Paragraph(getTranslation(
                                "account.register.done.text", email.getValue().strip())));
            } catch (InvalidInput problem) {
                Forms.show(this, problem, fields);
            }
        });
        add(
                new H1(getTranslation("account.register.title")),
                new Paragraph(getTranslation("account.register.intro")),
                form);
    }

    /** The confirmation page, opened from the mail in this browser, leads back to where they started. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReturnPath.from(event.getLocation()).ifPresent(ReturnPath::remember);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.register.title");
    }
}
