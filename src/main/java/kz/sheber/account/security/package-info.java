/**
 * How people sign in: Spring Security set up for Vaadin with one authentication path (the throttled check), a
 * CSRF token and a same-site check on the sign-in form, sign-in limits, and tokens for emailed links.
 */
@NullMarked
package kz.sheber.account.security;

import org.jspecify.annotations.NullMarked;
