/** Staff's pages for the catalogue: crafts, workshops, rooms and instructors' bios. */
@NullMarked
package kz.sheber.catalogue.ui;

import org.jspecify.annotations.NullMarked;
