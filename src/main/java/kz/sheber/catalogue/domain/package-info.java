/** The catalogue's entities and repositories; only {@link kz.sheber.catalogue.CatalogueService} uses them. */
@NullMarked
package kz.sheber.catalogue.domain;

import org.jspecify.annotations.NullMarked;
