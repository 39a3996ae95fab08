/** The trail's pages: the centre-wide log for staff (also a booking's, a session's, a person's history) and a resident's own. */
@NullMarked
package kz.sheber.audit.ui;

import org.jspecify.annotations.NullMarked;
