/**
 * The case model of the safety planning module, in the policy's own words: immutable records
 * checked in their constructors. Records that carry people or free text keep them out of
 * {@code toString()}.
 */
package be.sos.core.model;
