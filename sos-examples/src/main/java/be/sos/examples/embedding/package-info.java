/**
 * An example of embedding sos in a host case system: the host's own records, their mapping onto
 * the sos model, and one engine kept for the application's life.
 */
package be.sos.examples.embedding;
