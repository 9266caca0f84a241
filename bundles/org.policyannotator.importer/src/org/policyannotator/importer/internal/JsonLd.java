package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The schema.org article described in a page's {@code <script type="application/ld+json">} blocks: headline,
 * authors, dates, publisher, URL, language and body. Reads {@code @graph}, arrays and nested {@code mainEntity};
 * tolerates the sloppy JSON pages ship (comments, raw line breaks in strings, trailing commas). A block that is not
 * JSON at all is skipped.
 */
public final class JsonLd {
	private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenews",
			"analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
			"liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "pressrelease",
			"creativework", "posting", "discussionforumposting");
	@SuppressWarnings("deprecation")
	private static final ObjectMapper MAPPER = new ObjectMapper()
			.configure(JsonParser.Feature.ALLOW_COMMENTS, true)
			.configure(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS, true)
			.configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true)
			.configure(JsonParser.Feature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, true)
			.configure(JsonParser.Feature.ALLOW_TRAILING_COMMA, true);

	private final Optional<JsonNode> article;
	private final Optional<JsonNode> page;
	private final Optional<JsonNode> website;

	private JsonLd(Optional<JsonNode> article, Optional<JsonNode> page, Optional<JsonNode> website) {
		this.article = article;
		this.page = page;
		this.website = website;
	}

	/** Reads all JSON-LD blocks of {@code document}; never fails. */
	public static JsonLd of(Document document) {
		List<JsonNode> nodes = new ArrayList<>();
		for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
			try {
				collect(MAPPER.readTree(script.data().strip()), nodes, 0);
			} catch (JsonProcessingException | RuntimeException e) {
				// not JSON: ignore, the page still has its HTML
			}
		}
		Optional<JsonNode> article = Optional.empty();
		Optional<JsonNode> page = Optional.empty();
		Optional<JsonNode> website = Optional.empty();
		for (JsonNode node : nodes) {
			Set<String> types = types(node);
			if (article.isEmpty() && types.stream().anyMatch(ARTICLE_TYPES::contains)) {
				article = Optional.of(node);
			} else if (page.isEmpty() && types.stream().anyMatch(t -> t.endsWith("page"))) {
				page = Optional.of(node);
			} else if (website.isEmpty() && (types.contains("website") || types.contains("organization")
					|| types.contains("newsmediaorganization"))) {
				website = Optional.of(node);
			}
		}
		return new JsonLd(article, page, website);
	}

	private static void collect(JsonNode node, List<JsonNode> out, int depth) {
		if (node == null || depth > 6) {
			return;
		}
		if (node.isArray()) {
			node.forEach(n -> collect(n, out, depth + 1));
		} else if (node.isObject()) {
			out.add(node);
			collect(node.get("@graph"), out, depth + 1);
			JsonNode main = node.get("mainEntity");
			if (main != null && main.isObject()) {
				collect(main, out, depth + 1);
			}
		}
	}

	private static Set<String> types(JsonNode node) {
		Set<String> types = new LinkedHashSet<>();
		JsonNode t = node.get("@type");
		if (t != null && t.isTextual()) {
			types.add(simple(t.asText()));
		} else if (t != null && t.isArray()) {
			t.forEach(x -> types.add(simple(x.asText())));
		}
		return types;
	}

	private static String simple(String type) {
		int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
		return type.substring(slash + 1).toLowerCase(Locale.ROOT);
	}

	/** {@code headline} (or {@code name}) of the article. */
	public Optional<String> headline() {
		return article.or(() -> page).flatMap(a -> text(a, "headline").or(() -> text(a, "name")));
	}

	/** The authors' names joined by ", ". */
	public Optional<String> author() {
		return article.flatMap(a -> names(a.get("author")).or(() -> names(a.get("creator"))));
	}

	/** {@code datePublished}, else {@code dateCreated}, as written. */
	public Optional<String> datePublished() {
		return article.or(() -> page)
				.flatMap(a -> text(a, "datePublished").or(() -> text(a, "dateCreated")).or(() -> text(a, "uploadDate")));
	}

	/** {@code url}, else {@code mainEntityOfPage}. */
	public Optional<String> url() {
		return article.or(() -> page).flatMap(a -> text(a, "url").or(() -> {
			JsonNode m = a.get("mainEntityOfPage");
			if (m == null) {
				return Optional.empty();
			}
			return m.isTextual() ? Optional.of(m.asText()) : text(m, "@id").or(() -> text(m, "url"));
		}));
	}

	/** The publisher's name, else the web site's. */
	public Optional<String> publisher() {
		return article.flatMap(a -> names(a.get("publisher"))).or(() -> website.flatMap(w -> text(w, "name")));
	}

	/** {@code inLanguage}. */
	public Optional<String> language() {
		return article.or(() -> page).flatMap(a -> {
			JsonNode l = a.get("inLanguage");
			if (l == null) {
				return Optional.empty();
			}
			return l.isTextual() ? Optional.of(l.asText()) : text(l, "alternateName").or(() -> text(l, "name"));
		});
	}

	/** {@code articleBody}, as written (may contain line breaks or HTML). */
	public Optional<String> articleBody() {
		return article.flatMap(a -> text(a, "articleBody").or(() -> text(a, "text")));
	}

	private static Optional<String> text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		if (v != null && v.isArray() && !v.isEmpty()) {
			v = v.get(0);
		}
		if (v == null || !v.isValueNode()) {
			return Optional.empty();
		}
		String s = v.asText().strip();
		return s.isEmpty() ? Optional.empty() : Optional.of(s);
	}

	private static Optional<String> names(JsonNode node) {
		if (node == null) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>();
		if (node.isArray()) {
			node.forEach(n -> name(n).ifPresent(names::add));
		} else {
			name(node).ifPresent(names::add);
		}
		List<String> distinct = names.stream().distinct().toList();
		return distinct.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", distinct));
	}

	private static Optional<String> name(JsonNode n) {
		if (n.isTextual()) {
			String s = n.asText().strip();
			return s.isEmpty() || s.startsWith("http") ? Optional.empty() : Optional.of(s);
		}
		if (n.isObject()) {
			return text(n, "name");
		}
		return Optional.empty();
	}
}
