/** The dashboard's read model: grouped SQL over the centre's sessions, bookings and attendance, read-only. */
@NullMarked
package kz.sheber.admin.domain;

import org.jspecify.annotations.NullMarked;
