/** Rosters' screens: an instructor's classes (their home), and a session's roster with attendance, CSV and messages. */
package kz.sheber.roster.ui;
