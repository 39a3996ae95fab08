/** The staff dashboard, the quarterly report and instructors' own figures, with their charts and tables. */
@NullMarked
package kz.sheber.admin.ui;

import org.jspecify.annotations.NullMarked;
