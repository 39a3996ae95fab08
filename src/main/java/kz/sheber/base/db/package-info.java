/**
 * The database the app runs on: an embedded MariaDB by default, or the one {@code spring.datasource.url} names.
 * The embedded one answers this machine only (a Unix socket, no TCP port) and the app's own password-protected
 * user; one app per data directory ({@code sheber.lock}), and a server a crashed app left behind is stopped.
 */
@NullMarked
package kz.sheber.base.db;

import org.jspecify.annotations.NullMarked;
