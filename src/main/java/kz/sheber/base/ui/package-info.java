/** The shared frame (layout, navigation, language switcher), the home page and the error pages. */
package kz.sheber.base.ui;
