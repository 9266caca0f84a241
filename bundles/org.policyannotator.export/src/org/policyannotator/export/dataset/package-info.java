/** Our dataset format (JSON and JSON Lines), documented in {@code docs/dataset-format}. */
package org.policyannotator.export.dataset;
