/** Time in the centre: the injected clock, the centre's zone, and dates formatted for each language. */
@NullMarked
package kz.sheber.base.time;

import org.jspecify.annotations.NullMarked;
