package kz.sheber.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.sheber.account.AccountService;
import kz.sheber.account.Profile;
import kz.sheber.account.ProfileChange;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.base.ui.ProfilePart;

/** A person's own details: name, phone, language, reminders; their email and password. */
@Route("profile")
@PermitAll
class ProfileView extends Main implements HasDynamicTitle {

    private final AccountService accounts;

    ProfileView(AccountService accounts, List<ProfilePart> parts) {
        this.accounts = accounts;
        addClassNames("sheber-page", "sheber-narrow");
        Profile me = accounts.myProfile();
        add(new H1(getTranslation("account.profile.title")));
        if (!me.emailVerified() && me.email() != null) {
            Button resend = new Button(getTranslation("account.profile.resend"), e -> {
                accounts.resendVerification();
                Forms.success(this, "account.profile.resent", Objects.requireNonNull(me.email()));
            });
            resend.setId("resend-verification");
            Section unverified = new Section(new Paragraph(getTranslation("account.profile.unverified")), resend);
            unverified.addClassName("sheber-callout");
            add(unverified);
        }
        add(details(me), new ChangePasswordForm(accounts, false), emailChange(me));
        parts.stream()
                .sorted(Comparator.comparingInt(ProfilePart::order))
                .map(ProfilePart::create)
                .forEach(this::add);
    }

    private Section details(Profile me) {
        TextField fullName = new TextField(getTranslation("account.field.fullName"));
        fullName.setId("fullName");
        LengthLimit.of(fullName, 120);
        fullName.setValue(me.fullName());
        TextField phone = new TextField(getTranslation("account.field.phone"));
        phone.setId("phone");
        phone.setHelperText(getTranslation("account.field.phone.help"));
        phone.setValue(me.phone() == null ? "" : me.phone());
        Select<String> language = AccountFields.languageSelect(this);
        // Kept apart from the switcher at the top, which sets this device's pages only
        language.setLabel(getTranslation("account.field.mailLanguage"));
        language.setHelperText(getTranslation("account.field.mailLanguage.help"));
        language.setValue(me.language());
        Checkbox reminders = new Checkbox(getTranslation("account.field.reminders"), me.remindersEnabled());
        reminders.setId("reminders");
        Button save = new Button(getTranslation("account.profile.save"));
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = Map.of("fullName", fullName, "phone", phone, "language", language);
        save.addClickListener(click -> {
            try {
                accounts.updateProfile(new ProfileChange(
                        fullName.getValue(), phone.getValue(), language.getValue(), reminders.getValue()));
                Forms.clear(fields);
                Forms.success(this, "account.profile.saved");
            } catch (InvalidInput problem) {
                Forms.show(this, problem, fields);
            }
        });
        FormLayout form = new FormLayout(fullName, phone, language, reminders, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new Section(new H2(getTranslation("account.profile.details")), form);
    }

    private Section emailChange(Profile me) {
        EmailField newEmail = new EmailField(getTranslation("account.field.newEmail"));
        newEmail.setId("newEmail");
        PasswordField password = new PasswordField(getTranslation("account.field.currentPassword"));
        password.setId("emailPassword");
        Button change = new Button(getTranslation("account.profile.changeEmail"));
        change.setId("change-email");
        Map<String, HasValidation> fields = Map.of("newEmail", newEmail, "currentPassword", password);
        change.addClickListener(click -> {
            try {
                accounts.requestEmailChange(newEmail.getValue(), password.getValue());
                Forms.clear(fields);
                password.clear();
                Forms.success(
                        this,
                        "account.profile.emailChangeSent",
                        newEmail.getValue().strip());
            } catch (InvalidInput problem) {
                Forms.show(this, problem, fields);
            }
        });
        FormLayout form = new FormLayout(newEmail, password, change);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new Section(
                new H2(getTranslation("account.profile.email")),
                new Paragraph(getTranslation("account.profile.currentEmail", me.email() == null ? "" : me.email())),
                form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.profile.title");
    }
}
