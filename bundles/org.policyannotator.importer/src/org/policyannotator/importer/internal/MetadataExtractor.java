package org.policyannotator.importer.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.policyannotator.importer.ArticleMetadata;

/**
 * Title, byline, publication date, canonical URL, site name and language of a page, each from the most reliable
 * source the page offers: Open Graph and article meta tags, JSON-LD, Dublin Core and other common meta names,
 * {@code <link rel=canonical>}, {@code <time datetime>}, {@code <title>}, {@code <h1>}, {@code rel=author} and
 * byline elements. Must run before boilerplate removal (it reads {@code <head>} and bylines).
 */
public final class MetadataExtractor {
	/** Account names that content systems put as the author: not a byline. */
	private static final Pattern GENERIC_AUTHOR = Pattern.compile(
			"(?i)(admin|administrator|webmaster|editor|editors|staff|guest|user|redacci[oó]n|r[ée]daction|redaktion|anonymous|unknown)");
	private static final Pattern BY_WORD = Pattern.compile(
			"^(?:(?:Written|Text|Words|Story|Reporting|Report|Posted|Article)\\s+(?:by|By|BY)|By|BY|Von|VON|Par|PAR|Por|POR|Door|DOOR)(?:\\s|$)");
	private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*");
	/** Queries parsed once (jsoup parses a query given as a string anew at every call). */
	private static final Evaluator TITLE = QueryParser.parse("head title, title");
	private static final Evaluator META = QueryParser.parse("meta[content]");
	private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
	private static final Evaluator HTML = QueryParser.parse("html");

	/** The most words of a page title that only labels or numbers the page ("Boletín UNAM-DGCS-287"). */
	private static final int MAX_LABEL_TITLE_WORDS = 3;

	private MetadataExtractor() {
	}

	/** The metadata of {@code doc}. */
	public static ArticleMetadata extract(Document doc, JsonLd jsonLd) {
		Map<String, List<String>> meta = metaTags(doc);
		Optional<String> declaredSite = first(meta, "og:site_name", "application-name", "apple-mobile-web-app-title",
				"twitter:site_name").or(jsonLd::publisher).map(TextNormalizer::collapse).filter(s -> !s.isEmpty());
		Optional<Element> headlineElement = Headlines.element(doc);
		Optional<String> logo = headlineElement.filter(Headlines::isLogo).map(e -> TextNormalizer.collapse(e.text()));
		// an <h1> that is the site's name is a logo, not the headline
		Optional<String> h1 = headlineElement.filter(e -> !Headlines.isLogo(e)).map(Headlines::visibleText)
				.filter(h -> !h.isEmpty())
				.filter(h -> !declaredSite.map(site -> TitleCleaner.sameText(site, h)).orElse(false));
		Optional<String> rawTitle = Optional.ofNullable(doc.selectFirst(TITLE)).map(Element::text)
				.filter(t -> !t.isBlank());
		Optional<String> cleanTitle = rawTitle.flatMap(t -> TitleCleaner.clean(t, declaredSite, h1));
		Optional<String> title = first(meta, "og:title", "twitter:title", "dc.title", "headline")
				.or(jsonLd::headline)
				.flatMap(t -> TitleCleaner.clean(t, declaredSite, h1))
				.or(() -> cleanTitle)
				.filter(t -> h1.isEmpty() || !declaredSite.map(t::equalsIgnoreCase).orElse(false))
				.or(() -> h1);
		title = title.map(t -> betterHeadline(t, h1, jsonLd.headline().or(() -> cleanTitle)));
		Optional<String> knownSite = declaredSite.or(() -> logo);
		Optional<String> titleSoFar = title;
		if (titleSoFar.isPresent() && (knownSite.map(site -> TitleCleaner.sameText(site, titleSoFar.get())).orElse(false)
				|| h1.isEmpty() && !shownInBody(doc, titleSoFar.get()))) {
			// every page's title is the site's name, or the board's ("보도·참고자료 상세") and shown nowhere on the page
			title = Headlines.boardTitle(doc).or(() -> titleSoFar);
		} else if (titleSoFar.isPresent() && h1.isEmpty() && words(titleSoFar.get()) <= MAX_LABEL_TITLE_WORDS) {
			// a title that only numbers the page ("Boletín UNAM-DGCS-287") over a headline named so in a table layout
			title = Headlines.boardTitle(doc).filter(board -> words(board) > MAX_LABEL_TITLE_WORDS).or(() -> titleSoFar);
		}
		Optional<String> siteName = knownSite.or(() -> rawTitle
				.flatMap(raw -> cleanTitle.flatMap(clean -> TitleCleaner.siteSuffix(raw, clean))));
		return new ArticleMetadata(title, byline(doc, meta, jsonLd, siteName), PublicationDates.published(doc, meta, jsonLd,
				language(doc, meta, jsonLd), canonical(doc, meta, jsonLd)),
				canonical(doc, meta, jsonLd), siteName, language(doc, meta, jsonLd));
	}

	/**
	 * The visible headline instead of a title that is cut short ("Council adopts levy after…") or that has nothing in
	 * common with the headline on which the page and its structured data or its own {@code <title>} agree (a site
	 * name as {@code og:title}).
	 *
	 * @param confirming a second statement of the headline: the JSON-LD headline, else the cleaned {@code <title>}
	 */
	private static String betterHeadline(String title, Optional<String> h1, Optional<String> confirming) {
		Optional<String> ldHeadline = confirming;
		if (h1.isEmpty() || TitleCleaner.sameText(title, h1.get())) {
			return title;
		}
		String h = h1.get();
		String cut = title.replaceAll("\\s*(…|\\.\\.\\.)$", "");
		if (cut.length() < title.length() && cut.length() >= 10 && TitleCleaner.startsWithText(h, cut)) {
			return h;
		}
		if (TitleCleaner.startsWithText(title, h) && TitleCleaner.afterText(title, h).matches("^\\s*[(（\\[【].*")) {
			return h; // "外務大臣会見記録（令和7年6月3日…）": the headline and, in brackets, its date or place
		}
		boolean agreed = ldHeadline.map(l -> TitleCleaner.sameText(l, h)).orElse(false);
		if (agreed) {
			return h; // the page's own <title> or its structured data confirm the visible headline: "(LEAD) ..." differs
		}
		int colon = title.indexOf(": ");
		if (colon > 0 && colon <= 40 && title.substring(0, colon).split("\\s+").length <= 4) {
			String after = title.substring(colon + 2);
			if (TitleCleaner.sameText(after, h)) {
				return h; // "Niedersachsen: <headline>": a kicker before the headline
			}
			if (after.length() >= 20 && TitleCleaner.endsWithText(h, after)) {
				return after; // "Energiewende: <headline>" over an <h1> holding a label and a kicker before the headline
			}
		}
		return title;
	}

	private static int words(String s) {
		return s.strip().split("\\s+").length;
	}

	/** Whether the page's body shows {@code title}, but for case, spaces and punctuation. */
	private static boolean shownInBody(Document doc, String title) {
		return doc.body() != null && TitleCleaner.containsText(doc.body().text(), title);
	}

	private static Map<String, List<String>> metaTags(Document doc) {
		Map<String, List<String>> meta = new HashMap<>();
		for (Element m : doc.select(META)) {
			String content = m.attr("content").strip();
			if (content.isEmpty()) {
				continue;
			}
			for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
				String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
				if (!key.isEmpty()) {
					meta.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
				}
			}
		}
		return meta;
	}

	static Optional<String> first(Map<String, List<String>> meta, String... keys) {
		for (String key : keys) {
			List<String> values = meta.get(key);
			if (values != null && !values.isEmpty()) {
				return Optional.of(values.get(0));
			}
		}
		return Optional.empty();
	}

	private static Optional<String> byline(Document doc, Map<String, List<String>> meta, JsonLd jsonLd,
			Optional<String> siteName) {
		List<Supplier<Optional<String>>> candidates = new ArrayList<>();
		candidates.add(jsonLd::author);
		for (String key : List.of("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author",
				"citation_author", "twitter:creator")) {
			List<String> values = meta.get(key);
			if (values != null) {
				candidates.add(() -> Optional.of(String.join(", ", values.stream().distinct().toList())));
			}
		}
		BylineElements[] elements = new BylineElements[1]; // found on first use: most pages name the author in meta tags
		Supplier<BylineElements> marked = () -> elements[0] == null ? elements[0] = BylineElements.of(doc) : elements[0];
		for (int i = 0; i < BylineElements.kinds(); i++) {
			int kind = i;
			candidates.add(() -> marked.get().marked(kind).map(BylineText::of));
		}
		candidates.add(() -> bylineByText(marked.get().textElements()));
		for (Supplier<Optional<String>> candidate : candidates) {
			Optional<String> clean = candidate.get().map(MetadataExtractor::cleanByline)
					.filter(s -> !s.isEmpty() && s.length() <= 150 && !s.contains("://") && !s.startsWith("@")
							&& !siteName.map(site -> isSiteName(s, site)).orElse(false) && !GENERIC_AUTHOR.matcher(s).matches());
			if (clean.isPresent()) {
				return clean;
			}
		}
		return Optional.empty();
	}

	/** A short element whose text starts "By Firstname Lastname", the way most English-language sites write it. */
	private static Optional<String> bylineByText(List<Element> elements) {
		List<Element> withBylineWord = new ArrayList<>(); // looked at below, when no element's own text is a byline
		for (Element e : elements) {
			if (startsWithBylineWord(e) && e.childrenSize() > 0) {
				withBylineWord.add(e);
			}
			int ownLength = ownTextLength(e);
			if (ownLength < 4 || ownLength > 400 || !mayStartByline(e)) {
				continue;
			}
			String raw = e.ownText();
			if (raw.length() > 200) {
				continue;
			}
			String own = TextNormalizer.collapse(raw);
			if (own.length() >= 4 && own.length() <= 120) {
				Optional<String> names = Bylines.names(own);
				if (names.isPresent()) {
					return names;
				}
			}
		}
		for (Element e : withBylineWord) {
			// "<span>By</span> <a>Jane Doe</a>", "Por <b>Ana Gómez</b>": the names are in child elements
			if (!BY_WORD.matcher(leadingText(e, 12)).find()
					|| e.ownText().length() > 80) {
				continue;
			}
			String lead = leadingNames(e);
			if (lead.length() <= 120 && BY_WORD.matcher(lead).find()) {
				Optional<String> names = Bylines.names(lead);
				if (names.isPresent()) {
					return names;
				}
			}
		}
		return Optional.empty();
	}

	/** The words a byline written as text starts with (see {@link Bylines}). */
	private static final Set<String> BYLINE_STARTS = Set.of("By", "BY", "Von", "VON", "Par", "PAR", "Por", "POR", "Door",
			"DOOR", "Written", "Text", "Words", "Story", "Reporting", "Report", "Posted", "Article", "Additional", "With",
			"Further", "Mit");
	private static final String BYLINE_INITIALS = BYLINE_STARTS.stream().map(w -> w.substring(0, 1)).distinct()
			.collect(java.util.stream.Collectors.joining());

	/**
	 * Whether an element's own text may be a byline, read without copying it: its first word starts a byline ("By",
	 * "Von", "Written by") or it names a reporter in Chinese or Japanese ("记者：", "作者：", "撰稿", "撰文").
	 */
	private static boolean mayStartByline(Element e) {
		boolean first = true;
		for (int i = 0, n = e.childNodeSize(); i < n; i++) {
			if (!(e.childNode(i) instanceof TextNode t)) {
				continue;
			}
			String s = t.getWholeText();
			if (first && !t.isBlank()) {
				if (startsWithBylineStart(s)) {
					return true;
				}
				first = false;
			}
			if (s.indexOf('者') >= 0 || s.indexOf('稿') >= 0 || s.indexOf('撰') >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an element starts with a byline word in its first text or in the text of its first child ("Por <b>Ana
	 * Gómez</b>", "<span>By</span> <a>Jane Doe</a>"), read without copying.
	 */
	private static boolean startsWithBylineWord(Element e) {
		for (int i = 0, n = e.childNodeSize(); i < n; i++) {
			Node child = e.childNode(i);
			if (child instanceof TextNode t) {
				if (!t.isBlank()) {
					return startsWithBylineStart(t.getWholeText());
				}
			} else if (child instanceof Element c) {
				for (int j = 0, m = c.childNodeSize(); j < m; j++) {
					if (c.childNode(j) instanceof TextNode t && !t.isBlank()) {
						return startsWithBylineStart(t.getWholeText());
					}
				}
				return false;
			}
		}
		return false;
	}

	/** Whether the first word of {@code s} is one of {@link #BYLINE_STARTS}; most texts fail on their first letter. */
	private static boolean startsWithBylineStart(String s) {
		int from = 0;
		while (from < s.length() && TextNormalizer.isSpace(s.charAt(from))) {
			from++;
		}
		return from < s.length() && BYLINE_INITIALS.indexOf(s.charAt(from)) >= 0 && BYLINE_STARTS.contains(firstWord(s));
	}

	private static String firstWord(String s) {
		int from = 0;
		while (from < s.length() && TextNormalizer.isSpace(s.charAt(from))) {
			from++;
		}
		int to = from;
		while (to < s.length() && to - from < 12 && Character.isLetter(s.charAt(to))) {
			to++;
		}
		return s.substring(from, to);
	}

	/** The length of an element's own text nodes, white space included, read without copying. */
	private static int ownTextLength(Element e) {
		int length = 0;
		for (int i = 0, n = e.childNodeSize(); i < n; i++) {
			if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
				length += t.getWholeText().length();
			}
		}
		return length;
	}

	/**
	 * The first {@code max} or so characters of an element's text, without reading the rest of it; read from its first
	 * dozen nodes at most (a byline's "By" comes first, not after empty wrappers, icons and scripts).
	 */
	private static String leadingText(Element e, int max) {
		StringBuilder sb = new StringBuilder();
		NodeTraversor.filter(new NodeFilter() {
			private int visited;

			@Override
			public FilterResult head(Node node, int depth) {
				if (++visited > 12) {
					return FilterResult.STOP;
				}
				if (node instanceof TextNode t) {
					String s = t.getWholeText();
					sb.append(s, 0, Math.min(s.length(), 4 * max));
					if (sb.chars().filter(c -> !TextNormalizer.isSpace((char) c)).count() >= max) {
						return FilterResult.STOP;
					}
				} else if (node != e && !sb.isEmpty()) {
					sb.append(' ');
				}
				return FilterResult.CONTINUE;
			}
		}, e);
		return TextNormalizer.collapse(sb.toString());
	}

	/**
	 * The text of an element's children up to the first that is not part of a name: a date, a {@code <time>}, a
	 * line break or a block; each child's text is set apart by a space.
	 */
	private static String leadingNames(Element e) {
		StringBuilder sb = new StringBuilder();
		for (Node child : e.childNodes()) {
			String text;
			if (child instanceof TextNode t) {
				text = t.getWholeText();
			} else if (child instanceof Element c && !c.isBlock() && !c.nameIs("time") && !c.nameIs("br")) {
				text = c.text();
			} else if (child instanceof Element) {
				break;
			} else {
				continue;
			}
			if (text.chars().anyMatch(Character::isDigit) || sb.length() > 120) {
				break;
			}
			sb.append(' ').append(text).append(' ');
		}
		return TextNormalizer.collapse(sb.toString());
	}





	/**
	 * Whether a byline is the publication itself ("Example Gazette", "The Example Gazette Newsroom"): the one starts
	 * with the other, but for a leading "The", case, spaces and punctuation.
	 */
	private static boolean isSiteName(String byline, String site) {
		String b = byline.replaceFirst("(?i)^the\\s+", "");
		String n = site.replaceFirst("(?i)^the\\s+", "");
		if (TitleCleaner.sameText(b, n)) {
			return true;
		}
		String shorter = b.length() < n.length() ? b : n;
		String longer = shorter == b ? n : b;
		return shorter.strip().length() >= 5 && TitleCleaner.startsWithText(longer, shorter);
	}

	private static String cleanByline(String raw) {
		String s = TextNormalizer.collapse(raw);
		s = Bylines.clean(s);
		s = s.replaceAll("\\s*\\|.*$", "").replaceAll("[,;]\\s*$", "").strip();
		if (s.contains(", ")) {
			s = String.join(", ", List.of(s.split(",\\s+")).stream().distinct().toList());
		}
		return s;
	}









	private static Optional<String> canonical(Document doc, Map<String, List<String>> meta, JsonLd jsonLd) {
		Optional<String> ogUrl = first(meta, "og:url", "twitter:url").filter(MetadataExtractor::isAbsoluteHttp);
		Element link = doc.selectFirst(CANONICAL);
		if (link != null) {
			String href = link.attr("href").strip();
			if (isAbsoluteHttp(href)) {
				return Optional.of(href);
			}
			Optional<String> base = ogUrl.or(jsonLd::url).filter(MetadataExtractor::isAbsoluteHttp);
			if (base.isPresent() && !href.isEmpty()) {
				try {
					return Optional.of(URI.create(base.get()).resolve(href).toString());
				} catch (IllegalArgumentException e) {
					// unusable href
				}
			}
		}
		return ogUrl.or(() -> jsonLd.url().filter(MetadataExtractor::isAbsoluteHttp));
	}

	private static boolean isAbsoluteHttp(String url) {
		String u = url.toLowerCase(Locale.ROOT);
		return (u.startsWith("http://") || u.startsWith("https://")) && !url.contains(" ");
	}

	private static Optional<String> language(Document doc, Map<String, List<String>> meta, JsonLd jsonLd) {
		Element html = doc.selectFirst(HTML);
		List<Optional<String>> candidates = new ArrayList<>();
		if (html != null) {
			candidates.add(Optional.of(html.attr("lang")));
			candidates.add(Optional.of(html.attr("xml:lang")));
		}
		candidates.add(first(meta, "content-language", "language", "dc.language", "dcterms.language", "og:locale"));
		candidates.add(jsonLd.language());
		for (Optional<String> candidate : candidates) {
			Optional<String> tag = candidate.map(s -> s.split("[,;\\s]")[0].strip())
					.filter(s -> LANGUAGE.matcher(s).matches()).map(MetadataExtractor::bcp47);
			if (tag.isPresent()) {
				return tag;
			}
		}
		return Optional.empty();
	}

	private static String bcp47(String tag) {
		String[] parts = tag.replace('_', '-').split("-");
		StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
		for (int i = 1; i < parts.length; i++) {
			String p = parts[i];
			sb.append('-').append(p.length() == 2 ? p.toUpperCase(Locale.ROOT)
					: p.length() == 4 ? Character.toUpperCase(p.charAt(0)) + p.substring(1).toLowerCase(Locale.ROOT)
							: p.toLowerCase(Locale.ROOT));
		}
		return sb.toString();
	}
}
