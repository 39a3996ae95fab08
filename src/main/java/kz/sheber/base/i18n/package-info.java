/** Languages (kk, ru, en): translations with ICU plural rules, and which language a request gets. */
package kz.sheber.base.i18n;
