/** A person's own copy of their data: one ZIP with JSON and a readable page. */
@NullMarked
package kz.sheber.privacy.export;

import org.jspecify.annotations.NullMarked;
