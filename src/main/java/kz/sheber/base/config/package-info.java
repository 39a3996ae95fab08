/** How the app reads its settings files. */
@NullMarked
package kz.sheber.base.config;

import org.jspecify.annotations.NullMarked;
