/**
 * Courses: enrolment once for all remaining dates of a series staff offer as a course, the course's waiting
 * list with promotion, "I will miss this one", leaving, the course page and the participants' register. The
 * dates' seats are taken through {@link kz.sheber.booking.CourseSeats}, after this feature's course lock and in
 * session id order, all or none ({@link kz.sheber.course.CourseService} is the public face).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Course")
@NullMarked
package kz.sheber.course;

import org.jspecify.annotations.NullMarked;
