/**
 * The app behind its reverse proxy: which proxies may tell it the client's address and that the visitor came
 * over https, so cookies are Secure, HSTS is sent, redirects stay on https and sign-in limits see the real client.
 */
@NullMarked
package kz.sheber.base.http;

import org.jspecify.annotations.NullMarked;
