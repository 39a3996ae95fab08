/**
 * People and who they are to the centre: residents, instructors and staff; registration, sign-in, email
 * verification, password resets, invitations, profiles and roles. Other features ask {@link
 * kz.sheber.account.AccountService} who is calling; only this feature touches people's records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
@NullMarked
package kz.sheber.account;

import org.jspecify.annotations.NullMarked;
