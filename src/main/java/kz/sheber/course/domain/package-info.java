/** Course enrolments, the course waiting list and the course's lock row: nobody outside the course feature touches them. */
package kz.sheber.course.domain;
