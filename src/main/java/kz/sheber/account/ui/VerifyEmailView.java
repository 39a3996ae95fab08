package kz.sheber.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.sheber.account.AccountService;

/** The page a verification email links to. */
@Route("verify-email")
@AnonymousAllowed
class VerifyEmailView extends ConfirmLinkView {

    VerifyEmailView(AccountService accounts) {
        super(accounts::verifyEmail, "account.verify");
    }
}
