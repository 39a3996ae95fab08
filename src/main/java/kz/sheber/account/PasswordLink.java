package kz.sheber.account;

import kz.sheber.account.domain.AccountToken.Purpose;

/** The two kinds of emailed link that lead to choosing a password. */
public enum PasswordLink {
    RESET(Purpose.RESET_PASSWORD),
    INVITATION(Purpose.INVITATION);

    final Purpose purpose;

    PasswordLink(Purpose purpose) {
        this.purpose = purpose;
    }
}
