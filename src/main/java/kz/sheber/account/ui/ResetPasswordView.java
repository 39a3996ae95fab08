package kz.sheber.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.sheber.account.AccountService;
import kz.sheber.account.PasswordLink;

/** The page a password-reset email links to. */
@Route("reset-password")
@AnonymousAllowed
class ResetPasswordView extends SetPasswordView {

    ResetPasswordView(AccountService accounts) {
        super(accounts, PasswordLink.RESET, "account.reset");
    }
}
