/** The email outbox's tables: mails waiting to go out, their attachments and delivery status. */
@NullMarked
package kz.sheber.notification.domain;

import org.jspecify.annotations.NullMarked;
