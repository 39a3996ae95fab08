/**
 * Read-only feeds of the timetable for calendar apps and the city's website: iCalendar and JSON (documented in
 * docs/FEEDS.md), and workshop pictures. Public, cached for a minute on the server and five in browsers, with
 * ETag and Last-Modified so an unchanged feed costs a 304. They read through {@link
 * kz.sheber.schedule.TimetableService} and {@link kz.sheber.catalogue.CatalogueService} only.
 */
@NullMarked
package kz.sheber.schedule.feed;

import org.jspecify.annotations.NullMarked;
