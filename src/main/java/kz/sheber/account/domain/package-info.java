/** People, their roles, emailed tokens and failed sign-ins, as stored. Nothing outside accounts touches these. */
package kz.sheber.account.domain;
