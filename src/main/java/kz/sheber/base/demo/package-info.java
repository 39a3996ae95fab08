/** The demo centre: the mechanism that seeds each feature's demo data once, only under the demo profile. */
@NullMarked
package kz.sheber.base.demo;

import org.jspecify.annotations.NullMarked;
