/**
 * Extraction gold sets: saved web pages with the article text, title and date a reader takes from them, and the
 * scores of the extraction against them ({@code bench extract --gold <dir>}).
 */
package org.policyannotator.importer.gold;
