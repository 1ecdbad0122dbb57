/**
 * Views across and beyond one case: the team's work list over all open cases ({@link be.sos.views.Worklist}),
 * the steering group's overview of a period ({@link be.sos.views.Overview}) and the draft closing script of
 * one case ({@link be.sos.views.ClosingScript}). Each is a Java call that returns data, with the pages
 * and documents made from it.
 */
package be.sos.views;
