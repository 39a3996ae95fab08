/**
 * What the centre teaches and where: crafts, workshops (a kind of class, described in kk/ru/en, with its
 * instructors and picture), rooms and instructors' bios. Admins edit through {@link
 * kz.sheber.catalogue.CatalogueService}; everyone reads the records it returns. Instructors themselves are
 * people of the account feature; this feature only keeps their bios.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
@NullMarked
package kz.sheber.catalogue;

import org.jspecify.annotations.NullMarked;
