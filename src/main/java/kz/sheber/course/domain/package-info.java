/** Course enrolments, the course waiting list and the course's lock row: nobody outside the course feature touches them. */
@NullMarked
package kz.sheber.course.domain;

import org.jspecify.annotations.NullMarked;
