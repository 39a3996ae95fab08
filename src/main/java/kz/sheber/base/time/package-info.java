/** Time in the centre: the injected clock, the centre's zone, and dates formatted for each language. */
package kz.sheber.base.time;
