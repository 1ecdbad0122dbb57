/** Synthetic cases: a deterministic generator of valid, varied cases for demos, property tests and load tests. */
package be.sos.core.generate;
