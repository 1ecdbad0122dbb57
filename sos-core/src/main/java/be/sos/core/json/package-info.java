/** The case file format (CONTRACT.md §1): strict reading with errors that name the JSON path, and writing. */
package be.sos.core.json;
