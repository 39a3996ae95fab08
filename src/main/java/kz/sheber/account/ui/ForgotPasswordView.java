package kz.sheber.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import kz.sheber.account.AccountService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.Submit;

/** Asks for a reset link. The answer is the same whether the address has an account or not. */
@Route("forgot-password")
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    ForgotPasswordView(AccountService accounts) {
        addClassNames("sheber-page", "sheber-narrow");
        EmailField email = new EmailField(getTranslation("account.field.email"));
        email.setId("email");
        email.setWidthFull();
        Button send = new Button(getTranslation("account.forgot.submit"));
        send.setId("send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Submit.onClick(send, () -> {
            try {
                accounts.requestPasswordReset(email.getValue());
                removeAll();
                add(
                        new H1(getTranslation("account.forgot.done.title")),
                        new Paragraph(getTranslation(
                                "account.forgot.done.text", email.getValue().strip())));
            } catch (InvalidInput problem) {
                Forms.show(this, problem, Map.of("email", email));
            }
        });
        add(
                new H1(getTranslation("account.forgot.title")),
                new Paragraph(getTranslation("account.forgot.intro")),
                email,
                send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.title");
    }
}
