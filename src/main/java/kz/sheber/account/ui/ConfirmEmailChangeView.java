package kz.sheber.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.sheber.account.AccountService;

/** The page the new address's confirmation email links to. */
@Route("confirm-email")
@AnonymousAllowed
class ConfirmEmailChangeView extends ConfirmLinkView {

    ConfirmEmailChangeView(AccountService accounts) {
        super(accounts::confirmEmailChange, "account.emailChange");
    }
}
