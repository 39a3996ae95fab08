/** The roster's tables (attendance, class_message), read and written only by the roster feature's services. */
@NullMarked
package kz.sheber.roster.domain;

import org.jspecify.annotations.NullMarked;
