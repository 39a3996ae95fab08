/** Consent and the privacy notice's versions, as tables. */
@NullMarked
package kz.sheber.privacy.domain;

import org.jspecify.annotations.NullMarked;
