/** The privacy feature's screens: "Your data" on the Profile page, and staff's page for one person's data. */
@NullMarked
package kz.sheber.privacy.ui;

import org.jspecify.annotations.NullMarked;
