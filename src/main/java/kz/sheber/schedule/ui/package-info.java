/** Staff's sessions page: one-off sessions, weekly series, edit one or the rest, cancel with a reason. */
package kz.sheber.schedule.ui;
