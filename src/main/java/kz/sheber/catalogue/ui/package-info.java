/** Staff's pages for the catalogue: crafts, workshops, rooms and instructors' bios. */
package kz.sheber.catalogue.ui;
