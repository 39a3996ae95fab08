/**
 * Rosters' screens: an instructor's classes (their home), staff's rosters of any day, and a session's roster
 * with attendance, CSV and messages.
 */
package kz.sheber.roster.ui;
