/**
 * The importer's machinery, one job per class: {@link org.policyannotator.importer.internal.InputInspector} (refuse
 * non-text), {@link org.policyannotator.importer.internal.CharsetDetector} (bytes to text),
 * {@link org.policyannotator.importer.internal.MetadataExtractor} (title, byline, date, URL, site, language),
 * {@link org.policyannotator.importer.internal.BoilerplateRemover} (page furniture),
 * {@link org.policyannotator.importer.internal.ContentScorer} (where the article is),
 * {@link org.policyannotator.importer.internal.TextAssembler} (DOM to paragraphs),
 * {@link org.policyannotator.importer.internal.HtmlExtractor} (the order of the rules). Not API.
 */
package org.policyannotator.importer.internal;
