/**
 * Text units: the one {@link org.policyannotator.model.text.Sentences sentence splitter}, and the
 * {@link org.policyannotator.model.text.SentenceUnits sentence units} a document is coded in, corrected by hand
 * ({@link org.policyannotator.model.text.UnitEdits}) and shared by all annotators of the document.
 */
package org.policyannotator.model.text;
