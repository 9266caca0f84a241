/**
 * The tag set: {@link org.policyannotator.model.schema.TagType}s with typed attributes,
 * {@link org.policyannotator.model.schema.RelationType}s, the default schema for policy documents, and the
 * {@link org.policyannotator.model.schema.SetValidator} that reports what analysts need to fix.
 */
package org.policyannotator.model.schema;
