/** How the app reads its settings files. */
package kz.sheber.base.config;
