/** JMH benchmarks of the engine, their hand-written baseline, and the report that checks the targets. */
package be.sos.benchmarks;
