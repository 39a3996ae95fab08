/** Languages (kk, ru, en): translations with ICU plural rules, and which language a request gets. */
@NullMarked
package kz.sheber.base.i18n;

import org.jspecify.annotations.NullMarked;
