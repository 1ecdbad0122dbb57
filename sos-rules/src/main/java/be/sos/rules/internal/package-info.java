/** How rule sets are compiled and run with Drools. Not part of the API: it may change in any release. */
package be.sos.rules.internal;
