/**
 * Rosters' screens: an instructor's classes (their home), staff's rosters of any day, and a session's roster
 * with attendance, CSV and messages.
 */
@NullMarked
package kz.sheber.roster.ui;

import org.jspecify.annotations.NullMarked;
