/**
 * The clocks of the procedure (day N, module start and end, HD end, BMO) and the calendars
 * deadlines are counted in: calendar days, or Belgian working days.
 */
package be.sos.core.time;
