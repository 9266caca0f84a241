package org.policyannotator.app.cli.commands;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.ArticleMetadata;
import org.policyannotator.importer.ImportException;
import org.policyannotator.importer.ImportOptions;
import org.policyannotator.importer.ImportResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code extract <page.html|file.txt> [--json] [--encoding X]}: prints the clean text of one article, or with
 * {@code --json} an object with the text, the metadata and how it was extracted. Does not touch any corpus.
 */
public final class ExtractCommand implements Subcommand {
	/** Made on the first --json, not when the command registry is built (which every command does). */
	private static final class Json {
		static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	}

	/** For the command registry. */
	public ExtractCommand() {
	}

	@Override
	public String name() {
		return "extract";
	}

	@Override
	public String summary() {
		return "print the clean article text (and metadata with --json) of an HTML page, text file or PDF";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator extract <page.html|file.txt|file.md|paper.pdf> [--json] [--encoding X]

				Prints the clean text of the article in the file: for HTML the article body without navigation,
				ads, share buttons, related links or comments, paragraphs separated by a blank line. For a PDF
				the text in reading order without running headers, footers and page numbers, hyphenated words
				joined, footnotes at the end marked [n]; encrypted and scanned (image only) PDFs are refused.

				  --json        print a JSON object: text, title, byline, published (ISO-8601), canonicalUrl,
				                siteName, language, extractionRule, charset, sha256 (absent values are null);
				                for a PDF also pageStarts: the offset in text where each page starts
				  --encoding X  decode the file as X (e.g. windows-1252, GBK, EUC-KR) instead of detecting it
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("--encoding"), Set.of("--json"));
		List<String> files = arguments.positional();
		if (files.size() != 1) {
			throw new UsageException(files.isEmpty() ? "which file? give one HTML, text, Markdown or PDF file"
					: "extract takes one file, got " + files.size());
		}
		ImportOptions options = ImportOptions.defaults();
		Optional<String> encoding = arguments.option("--encoding");
		if (encoding.isPresent()) {
			options = options.withEncoding(charset(encoding.get()));
		}
		Path file = context.resolve(files.get(0));
		ImportResult result;
		try {
			result = new ArticleImporter(options).importFile(file);
		} catch (ImportException e) {
			context.err().println("extract: " + e.getMessage());
			return ExitCodes.FAILED;
		}
		if (arguments.flag("--json")) {
			context.out().println(toJson(result));
		} else {
			context.out().println(result.text());
		}
		for (String warning : result.provenance().warnings()) {
			context.err().println("extract: " + file + ": warning: " + warning);
		}
		return ExitCodes.OK;
	}

	private static Charset charset(String name) {
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new UsageException("unknown encoding \"" + name + "\" (try UTF-8, windows-1252, GBK, EUC-KR, Shift_JIS)");
		}
	}

	static String toJson(ImportResult result) throws JsonProcessingException {
		ArticleMetadata m = result.metadata();
		ObjectNode node = Json.MAPPER.createObjectNode();
		node.put("text", result.text());
		put(node, "title", m.title());
		put(node, "byline", m.byline());
		put(node, "published", m.published());
		put(node, "canonicalUrl", m.canonicalUrl());
		put(node, "siteName", m.siteName());
		put(node, "language", m.language());
		node.put("extractionRule", result.provenance().extractionRule());
		node.put("charset", result.provenance().charset());
		node.put("sha256", result.sha256());
		node.put("source", result.provenance().source());
		node.put("format", result.provenance().format().name());
		node.put("charsetSource", result.provenance().charsetSource());
		if (!result.pageStarts().isEmpty()) {
			var pages = node.putArray("pageStarts");
			result.pageStarts().forEach(pages::add);
		}
		var warnings = node.putArray("warnings");
		result.provenance().warnings().forEach(warnings::add);
		return Json.MAPPER.writeValueAsString(node);
	}

	private static void put(ObjectNode node, String field, Optional<String> value) {
		if (value.isPresent()) {
			node.put(field, value.get());
		} else {
			node.putNull(field);
		}
	}
}
