package kz.sheber.account;

import java.util.List;
import kz.sheber.base.FieldChange;

/**
 * Something happened to an account, published inside the transaction that did it, for the audit trail. Fields
 * name what changed (a role), never an email address, a password or a token.
 *
 * @param byStaff staff did it at the desk or on the People page, rather than the person online
 */
public record AccountChanged(long personId, Step step, boolean byStaff, List<FieldChange> fields) {

    public enum Step {
        REGISTERED,
        EMAIL_VERIFIED,
        EMAIL_CHANGED,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        INVITED,
        INVITATION_ACCEPTED,
        ROLE_GRANTED,
        ROLE_REMOVED,
        DISABLED,
        ENABLED
    }

    static AccountChanged online(long personId, Step step) {
        return new AccountChanged(personId, step, false, List.of());
    }

    static AccountChanged byStaff(long personId, Step step, List<FieldChange> fields) {
        return new AccountChanged(personId, step, true, fields);
    }
}
