/**
 * Emails: the outbox that other features queue mail in ({@link kz.sheber.notification.MailOutbox}, inside their own
 * transaction), the templates in every language under {@code mail/}, and the worker that sends queued mail after
 * commit, retrying with back-off, so no instance ever sends the same mail twice. Staff see mail that did not go out
 * and send it again ({@link kz.sheber.notification.UndeliveredMailService}); sent mail is deleted after
 * {@code sheber.mail.keep-sent}, failed mail never by itself.
 */
@NullMarked
package kz.sheber.notification;

import org.jspecify.annotations.NullMarked;
