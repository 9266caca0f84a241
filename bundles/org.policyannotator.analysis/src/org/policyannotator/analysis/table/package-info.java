/**
 * Reading reliability data coded elsewhere: an RFC 4180 CSV table with a header row of coder names and one row per
 * unit ({@link ReliabilityTable}). Problems are reported as {@link TableFormatException} naming file and line.
 */
package org.policyannotator.analysis.table;
