package kz.sheber.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import kz.sheber.account.AccountService;

/** Where a person whose password must be changed (the first admin) is sent before anything else. */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts) {
        addClassNames("sheber-page", "sheber-narrow");
        add(
                new H1(getTranslation("account.password.mustChange.title")),
                new Paragraph(getTranslation("account.password.mustChange.text")),
                new ChangePasswordForm(accounts, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.mustChange.title");
    }
}
