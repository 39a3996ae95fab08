/** Retention: the daily job that anonymises inactive residents and destroys old class messages. */
@NullMarked
package kz.sheber.privacy.retention;

import org.jspecify.annotations.NullMarked;
