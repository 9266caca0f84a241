/**
 * Importing articles: clean text, metadata and provenance from saved HTML pages, PDF papers, plain text and Markdown files.
 *
 * <p>Entry points: {@link org.policyannotator.importer.ArticleImporter} for one file,
 * {@link org.policyannotator.importer.BatchImporter} for files and folders. Results are immutable
 * {@link org.policyannotator.importer.ImportResult} records (text, paragraph ranges with their
 * {@link org.policyannotator.importer.BlockKind}, metadata, provenance, SHA-256); failures are
 * {@link org.policyannotator.importer.ImportException}s with an {@link org.policyannotator.importer.ImportProblem}.
 *
 * <p>What the text is:
 * <ul>
 * <li>HTML: the article body only. Headings, paragraphs, list items, block quotes, table rows and figure captions
 * inside it become paragraphs separated by one blank line; one {@code <br>} is a line break; white space is
 * collapsed; entities are decoded. A headline is part of the text when the page puts it inside the article
 * container (as most {@code <article>} pages do) and not otherwise; it is always in the metadata.</li>
 * <li>Plain text: as in the file, with {@code \n} line ends, trailing spaces removed and runs of blank lines
 * reduced to one.</li>
 * <li>Markdown: stripped to what a reader sees (headings, emphasis, link targets, images, quote marks, rules, code
 * fences and reference definitions go; list markers stay); YAML front matter gives title, author and date.</li>
 * </ul>
 *
 * <p>Nothing is fetched from the network and no script runs: pages are parsed from their bytes with jsoup.
 */
package org.policyannotator.importer;
