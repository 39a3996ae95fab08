/** The dashboard's read model: grouped SQL over the centre's sessions, bookings and attendance, read-only. */
package kz.sheber.admin.domain;
