/** Internals of the export bundle (offset conversion, atomic output, JSON settings); not API. */
package org.policyannotator.export.internal;
