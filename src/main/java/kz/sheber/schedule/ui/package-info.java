/** Staff's sessions page: one-off sessions, weekly series, edit one or the rest, cancel with a reason. */
@NullMarked
package kz.sheber.schedule.ui;

import org.jspecify.annotations.NullMarked;
