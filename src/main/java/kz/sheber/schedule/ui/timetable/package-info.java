/**
 * The public timetable: the day-by-day list residents filter and share as a link, a page per session with the
 * Book button, and a page per workshop. Anyone may read them; they call {@link kz.sheber.schedule.TimetableService}
 * and {@link kz.sheber.catalogue.CatalogueService} and nothing else.
 */
@NullMarked
package kz.sheber.schedule.ui.timetable;

import org.jspecify.annotations.NullMarked;
