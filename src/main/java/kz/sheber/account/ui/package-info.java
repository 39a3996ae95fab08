/** The accounts feature's pages: sign-in, registration, emailed-link pages, the profile and staff's people list. */
@NullMarked
package kz.sheber.account.ui;

import org.jspecify.annotations.NullMarked;
