/** The privacy feature's screens: "Your data" on the Profile page, and staff's page for one person's data. */
package kz.sheber.privacy.ui;
