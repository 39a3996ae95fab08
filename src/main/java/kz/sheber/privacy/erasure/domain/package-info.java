/** Erasure's records of who was erased and when, kept without the personal data. */
@NullMarked
package kz.sheber.privacy.erasure.domain;

import org.jspecify.annotations.NullMarked;
