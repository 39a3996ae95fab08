/** The email outbox's page for staff: mail that did not go out, with "send again". */
@NullMarked
package kz.sheber.notification.ui;

import org.jspecify.annotations.NullMarked;
