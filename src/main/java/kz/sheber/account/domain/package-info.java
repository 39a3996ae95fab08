/** People, their roles, emailed tokens and failed sign-ins, as stored. Nothing outside accounts touches these. */
@NullMarked
package kz.sheber.account.domain;

import org.jspecify.annotations.NullMarked;
