/**
 * What every feature shares: settings, the embedded database, time, translations, the layout and error pages.
 * Depends on no other feature; features plug into it (for example a user's preferred language) through the
 * small interfaces it declares.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package kz.sheber.base;

import org.jspecify.annotations.NullMarked;
