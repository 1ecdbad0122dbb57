/**
 * The engine as an HTTP service ({@code sos serve}): {@link be.sos.server.SosServer} on Vert.x, for
 * hosts that are not Java or run an older Java. The routes are in {@code GET /openapi.json}.
 */
package be.sos.server;
