/**
 * Dataset export: {@link org.policyannotator.export.Exporter} writes a {@link org.policyannotator.export.DatasetSource}
 * (a corpus filtered by {@link org.policyannotator.export.ExportOptions}) in one of the
 * {@link org.policyannotator.export.ExportFormat}s, one document at a time, atomically, with progress and cancellation.
 */
package org.policyannotator.export;
