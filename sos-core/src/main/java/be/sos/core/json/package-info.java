/** The case file format (docs/case-format.md): strict reading with errors that name the JSON path, and writing. */
package be.sos.core.json;
