/** The email outbox's page for staff: mail that did not go out, with "send again". */
package kz.sheber.notification.ui;
