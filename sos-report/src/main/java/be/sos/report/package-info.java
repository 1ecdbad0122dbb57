/**
 * The HTML case report: one self-contained page (inline CSS and SVG, no scripts, nothing fetched)
 * with the timeline, the Signs of Safety map, the network, scaling over time, the findings, the
 * eligibility and the extension of one evaluated case. Start at {@link be.sos.report.CaseReport}.
 */
package be.sos.report;
