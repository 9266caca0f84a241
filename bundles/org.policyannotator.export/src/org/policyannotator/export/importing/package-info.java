/**
 * Import of shared annotation sets (our dataset, doccano JSONL, W3C Web Annotation) into a corpus: all checked first,
 * then written; see {@link org.policyannotator.export.importing.AnnotationImporter}.
 */
package org.policyannotator.export.importing;
