/**
 * The annotation model: {@link org.policyannotator.model.Document}s, {@link org.policyannotator.model.Annotation}s
 * with one or more {@link org.policyannotator.model.Span}s (UTF-16 offsets plus quote and context),
 * {@link org.policyannotator.model.Relation}s, and the {@link org.policyannotator.model.AnnotationSet} of one
 * annotator on one document, which tells listeners about every change. Plain Java: no UI, no OSGi.
 */
package org.policyannotator.model;
