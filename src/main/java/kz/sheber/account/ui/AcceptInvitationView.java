package kz.sheber.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.sheber.account.AccountService;
import kz.sheber.account.PasswordLink;

/** The page an invitation email links to: the invited instructor or admin sets their password. */
@Route("invitation")
@AnonymousAllowed
class AcceptInvitationView extends SetPasswordView {

    AcceptInvitationView(AccountService accounts) {
        super(accounts, PasswordLink.INVITATION, "account.invitation");
    }
}
