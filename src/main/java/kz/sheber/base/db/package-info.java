/** The database the app runs on: an embedded MariaDB by default, or the one {@code spring.datasource.url} names. */
package kz.sheber.base.db;
