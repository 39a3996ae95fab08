/** The catalogue's entities and repositories; only {@link kz.sheber.catalogue.CatalogueService} uses them. */
package kz.sheber.catalogue.domain;
