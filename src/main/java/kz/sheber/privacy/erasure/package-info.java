/** Erasure: a person's upcoming bookings cancelled and every personal field emptied, figures kept. */
@NullMarked
package kz.sheber.privacy.erasure;

import org.jspecify.annotations.NullMarked;
