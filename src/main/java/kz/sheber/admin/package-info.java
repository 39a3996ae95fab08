/**
 * What the centre learns: the staff dashboard, the quarterly report for the city and instructors' own figures.
 * {@link kz.sheber.admin.FiguresService} is the public face and decides who may see which sessions' figures.
 * Reporting is a read model: {@code domain.CentreFigures} is the one place that reads schedule, booking and
 * roster tables directly, read-only, in grouped SQL; going through each feature's service would mean either
 * loading rows into Java to count them or every feature exposing joins across the others' tables. The demo
 * seeder {@code DemoPast} is the one writer, under the demo profile only: a past the booking rules refuse to make.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
@NullMarked
package kz.sheber.admin;

import org.jspecify.annotations.NullMarked;
