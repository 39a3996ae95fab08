/** Sheber: booking for the Taraz crafts centre. Each subpackage is a feature (see docs/ARCHITECTURE.md). */
@NullMarked
package kz.sheber;

import org.jspecify.annotations.NullMarked;
