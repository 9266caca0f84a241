/**
 * Scoring a submitted annotation set against a reference: precision, recall and F1 per type and overall under exact
 * and overlap matching, type mismatches, and per-annotation {@link org.policyannotator.analysis.scoring.Feedback}.
 * Entry point: {@link org.policyannotator.analysis.scoring.Scoring}.
 */
package org.policyannotator.analysis.scoring;
