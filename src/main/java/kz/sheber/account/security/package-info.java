/** How people sign in: Spring Security set up for Vaadin, throttling, tokens for emailed links. */
package kz.sheber.account.security;
