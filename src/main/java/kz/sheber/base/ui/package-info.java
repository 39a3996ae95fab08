/** The shared frame (layout, navigation, language switcher), the home page and the error pages. */
@NullMarked
package kz.sheber.base.ui;

import org.jspecify.annotations.NullMarked;
