/**
 * How rule sets are checked, compiled and run with Drools. <b>Not API, not for hosts</b>: the few
 * classes here that are public are so only because the engine's own packages call them; they are
 * left out of the published Javadoc and may change in any release without notice. Hosts use
 * {@link be.sos.rules.SosEngine} and the types of {@code be.sos.rules}, {@code be.sos.rules.facts}
 * and {@code be.sos.core}; a test checks that no public signature there names a type of this package.
 */
package be.sos.rules.internal;
