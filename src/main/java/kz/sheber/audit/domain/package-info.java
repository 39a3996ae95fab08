/** The audit trail's table: who did what to whom, and when. */
@NullMarked
package kz.sheber.audit.domain;

import org.jspecify.annotations.NullMarked;
