package org.policyannotator.importer.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an extraction gold set: a folder of saved pages {@code <name>.html}, each with {@code <name>.gold.json}:
 * <pre>
 * { "title": "headline", "date": "2020-05-22" or null,
 *   "paragraphs": ["first paragraph", ...], "boilerplate": ["Most read", "Image copyright Getty", ...] }
 * </pre>
 */
public final class GoldReader {
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final ObjectMapper JSON = new ObjectMapper();

	private GoldReader() {
	}

	/** Every page of the folder that has a {@code .gold.json}, ordered by name. */
	public static List<GoldPage> read(Path folder) throws GoldException {
		if (!Files.isDirectory(folder)) {
			throw new GoldException(folder + ": not a folder");
		}
		List<Path> golds;
		try (Stream<Path> files = Files.list(folder)) {
			golds = files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
		} catch (IOException e) {
			throw new GoldException(folder + ": cannot list it: " + e.getMessage());
		}
		if (golds.isEmpty()) {
			throw new GoldException(folder + ": no <name>.gold.json files");
		}
		List<GoldPage> pages = new ArrayList<>();
		for (Path gold : golds) {
			pages.add(readOne(gold));
		}
		return pages;
	}

	private static GoldPage readOne(Path gold) throws GoldException {
		String name = gold.getFileName().toString();
		Path page = gold.resolveSibling(name.substring(0, name.length() - ".gold.json".length()) + ".html");
		if (!Files.isRegularFile(page)) {
			throw new GoldException(gold + ": its page " + page.getFileName() + " is missing");
		}
		JsonNode root;
		try {
			root = JSON.readTree(gold.toFile());
		} catch (JacksonException e) {
			throw new GoldException(gold + ": not valid JSON: " + e.getOriginalMessage());
		} catch (IOException e) {
			throw new GoldException(gold + ": cannot read it: " + e.getMessage());
		}
		if (root == null || !root.isObject()) {
			throw new GoldException(gold + ": not a JSON object");
		}
		Optional<String> date = text(root, "date");
		if (date.isPresent() && !DATE.matcher(date.get()).matches()) {
			throw new GoldException(gold + ": \"date\" must be yyyy-mm-dd, not \"" + date.get() + "\"");
		}
		List<String> paragraphs = strings(gold, root, "paragraphs");
		if (paragraphs.isEmpty()) {
			throw new GoldException(gold + ": \"paragraphs\" must list the article's paragraphs");
		}
		return new GoldPage(page, text(root, "title"), date, paragraphs, strings(gold, root, "boilerplate"));
	}

	private static Optional<String> text(JsonNode root, String field) {
		JsonNode n = root.get(field);
		return n != null && n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().strip()) : Optional.empty();
	}

	private static List<String> strings(Path gold, JsonNode root, String field) throws GoldException {
		JsonNode n = root.get(field);
		if (n == null || n.isNull()) {
			return List.of();
		}
		if (!n.isArray()) {
			throw new GoldException(gold + ": \"" + field + "\" must be a list of strings");
		}
		List<String> out = new ArrayList<>();
		for (JsonNode e : n) {
			if (!e.isTextual() || e.asText().isBlank()) {
				throw new GoldException(gold + ": \"" + field + "\" holds something that is not a text");
			}
			out.add(e.asText().strip());
		}
		return out;
	}
}
