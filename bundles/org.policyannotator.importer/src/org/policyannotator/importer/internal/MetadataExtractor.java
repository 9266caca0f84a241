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
	private static final Pattern DATE_LABEL = Pattern.compile(
			"(?i)(published|posted|updated|date|发布|發布|日期|时间|時間|来源|來源|出处|입력|등록|작성|송고|수정|公開|掲載|配信|更新|投稿|"
					+ "\\bstand\\b|veröffentlicht|aktualisiert|datum|erschienen|publié|mis à jour|publicad[oa]|"
					+ "pubblicato|gepubliceerd|publicerad|publisert|udgivet|julkaistu|opublikowano|"
					+ "publikováno|objavljeno|publicat|yayınlanma|опубликовано|опубліковано)");
	private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*");
	/** Queries parsed once (jsoup parses a query given as a string anew at every call). */
	private static final Evaluator TITLE = QueryParser.parse("head title, title");
	private static final Evaluator META = QueryParser.parse("meta[content]");
	private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
	private static final Evaluator HTML = QueryParser.parse("html");
	private static final Evaluator DATE_CLASS = QueryParser.parse("[class~=(?i)(date|time)], dd, th + td");
	private static final Evaluator OUTSIDE_STORY = QueryParser.parse("li, aside, nav, footer");
	/** Where other stories' dates are: sidebars, navigation, footers, lists of related, recent or popular stories. */
	private static final Evaluator OTHER_STORIES = QueryParser.parse("aside, nav, footer, [class~=(?i)(sidebar|related"
			+ "|recent|popular|most-?read|trending|widget)]:not(body):not(html)"); // Drupal's <body class="one-sidebar">
	/** Countries that write the month before the day in "03/12/2026". */
	private static final java.util.Set<String> MONTH_FIRST_COUNTRIES = java.util.Set.of("US", "PH", "FM", "MH", "PW");
	/** Where the story is: today's date in the page's masthead is not the story's. */
	private static final Evaluator STORY = QueryParser.parse("article, main, [role=main]");
	private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
	/** A clock time in a date line: "10:58 PM", "22:40", "22h40". */
	private static final Pattern CLOCK_TIME = Pattern.compile("(?<![\\d:])\\d{1,2}[:h]\\d{2}(?!\\d)");
	private static final Evaluator MAY_HOLD_DATE = QueryParser.parse("p, span, div, td, li, em, small");
	private static final List<Evaluator> DATE_ATTRIBUTES = List.of("time[itemprop=datePublished][datetime]",
			"[itemprop=datePublished][content]", "time[pubdate][datetime]", "article time[datetime]", "main time[datetime]",
			"time[datetime]").stream().map(QueryParser::parse).toList();
	private static final List<Evaluator> DATE_TEXTS = List.of("time", "[itemprop=datePublished]",
			".date, .dateline, .published, .timestamp").stream().map(QueryParser::parse).toList();

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
		if (titleSoFar.isPresent() && knownSite.map(site -> TitleCleaner.sameText(site, titleSoFar.get())).orElse(false)) {
			title = Headlines.boardTitle(doc).or(() -> titleSoFar); // every page's title is the site's name
		}
		Optional<String> siteName = knownSite.or(() -> rawTitle
				.flatMap(raw -> cleanTitle.flatMap(clean -> TitleCleaner.siteSuffix(raw, clean))));
		return new ArticleMetadata(title, byline(doc, meta, jsonLd, siteName), published(doc, meta, jsonLd),
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
		if (colon > 0 && colon <= 40 && title.substring(0, colon).split("\\s+").length <= 4
				&& TitleCleaner.sameText(title.substring(colon + 2), h)) {
			return h; // "Niedersachsen: <headline>": a kicker before the headline
		}
		return title;
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

	private static Optional<String> first(Map<String, List<String>> meta, String... keys) {
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
	 * A short element whose class names a date or time ("article-meta__publish-date", "h-time") and whose text is one,
	 * the first outside lists of other stories; or a date after a label of its own ({@code <dt>Published</dt><dd>},
 * {@code <th>Date</th><td>}).
	 */
	private static Optional<String> dateInDateClass(Document doc) {
		Element body = doc.body();
		if (body == null) {
			return Optional.empty();
		}
		List<Element> dated = new ArrayList<>(body.select(DATE_CLASS)); // the story's own first, then the page's
		dated.sort(java.util.Comparator.comparingInt(e -> e.closest(STORY) != null ? 0 : 1));
		for (Element e : dated) {
			String text = TextNormalizer.collapse(e.text());
			boolean labelled = "dd".equals(e.normalName()) || "td".equals(e.normalName());
			if (text.length() < 6 || text.length() > 60 || e.closest(OUTSIDE_STORY) != null) {
				continue;
			}
			if (labelled) {
				Element label = e.previousElementSibling();
				if (label == null || !label.nameIs(e.nameIs("dd") ? "dt" : "th") || !DATE_LABEL.matcher(label.text()).find()) {
					continue;
				}
			}
			Optional<String> date = DateNormalizer.normalize(text);
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	/**
	 * The first element {@code selector} picks that is not in a sidebar, navigation, footer or list of other stories
	 * (whose {@code <time>} is another story's date), or empty.
	 */
	private static Optional<Element> firstInStory(Document doc, Evaluator selector) {
		for (Element e : doc.select(selector)) {
			if (e.closest(OTHER_STORIES) == null) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	/** A short element labelled "Published", "发布日期", "입력" and so on that holds a date. */
	private static Optional<String> dateByLabel(Document doc) {
		Element body = doc.body();
		if (body == null) {
			return Optional.empty();
		}
		for (Element e : body.select(MAY_HOLD_DATE)) {
			String labelled = labelledDateText(e);
			Optional<String> date = labelled == null ? Optional.empty() : DateNormalizer.normalize(labelled);
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	/**
	 * The text of a short element labelled as a date ("Published ...", "发布日期：..."), with the label or the date in a
	 * child ("<li><span>Release date:</span><br>13 November 2026</li>", "<li><span>등록일</span> <span>2026-03-18</span>"),
	 * or null.
	 */
	private static String labelledDateText(Element e) {
		String raw = e.ownText();
		if (raw.isBlank() && e.childrenSize() >= 2 && e.childrenSize() <= 3) {
			raw = e.text();
		}
		if (raw.length() > 200 || raw.isBlank()) {
			return null;
		}
		if (!DATE_LABEL.matcher(raw).find() && e.childrenSize() <= 3 && e.closest(OTHER_STORIES) == null) {
			raw = e.text();
		}
		String own = TextNormalizer.collapse(raw);
		return own.length() >= 6 && own.length() <= 100 && DATE_LABEL.matcher(own).find() ? own : null;
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

	private static Optional<String> published(Document doc, Map<String, List<String>> meta, JsonLd jsonLd) {
		List<Supplier<Optional<String>>> candidates = new ArrayList<>();
		candidates.add(() -> first(meta, "article:published_time", "og:published_time", "datepublished",
				"parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publication_date",
				"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "citation_publication_date",
				"date", "article.published", "og:article:published_time"));
		candidates.add(jsonLd::datePublished);
		candidates.add(() -> meta.entrySet().stream() // "govuk:first-published-at", "article.publish_date"...
				.filter(e -> e.getKey().contains("publish") && !e.getKey().matches(".*(modif|updat|publisher).*"))
				.sorted(Map.Entry.comparingByKey()).map(e -> e.getValue().get(0)).findFirst());
		for (Evaluator selector : DATE_ATTRIBUTES) {
			candidates.add(() -> Optional.ofNullable(doc.selectFirst(selector))
					.map(e -> e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content")));
		}
		for (Evaluator selector : DATE_TEXTS) {
			candidates.add(() -> firstInStory(doc, selector).map(BylineText::of));
		}
		candidates.add(() -> dateByLabel(doc));
		candidates.add(() -> dateInDateClass(doc));
		candidates.add(() -> Headlines.element(doc).filter(h -> !Headlines.isLogo(h)).flatMap(Headlines::dateBeside));
		for (Supplier<Optional<String>> candidate : candidates) {
			Optional<String> date = candidate.get().flatMap(DateNormalizer::normalize);
			if (date.isPresent()) {
				return Optional.of(visibleLocalDay(localTime(date.get(), jsonLd), doc, meta, jsonLd));
			}
		}
		return slashedDate(doc, dayFirst(doc, meta, jsonLd));
	}

	/**
	 * The page's own local time of {@code date} when {@code date} is in UTC and the JSON-LD gives the same instant
	 * with the publisher's offset ("2026-03-06T02:14Z" and "2026-03-05T23:14-03:00"): the day a reader of the page
	 * sees; else {@code date}.
	 */
	/**
	 * The day a reader of the page sees when {@code date} is in UTC and the page's own {@code <time>} element shows
	 * that instant as the day before or after in its visible text ("19/03/2026 22h40" for "2026-03-20T01:40Z"), or,
	 * without such an element, the story's first visible date line with a clock time shows it so in local time
	 * ("Published: 10:58 PM CDT April 7, 2026" for "2026-04-08T03:58Z", see {@link DateNormalizer#shownLocalDay});
	 * else {@code date}.
	 */
	private static String visibleLocalDay(String date, Document doc, Map<String, List<String>> meta, JsonLd jsonLd) {
		if (!date.endsWith("Z") || date.length() < 10) {
			return date;
		}
		java.time.LocalDate utc;
		try {
			utc = java.time.LocalDate.parse(date.substring(0, 10));
		} catch (java.time.format.DateTimeParseException e) {
			return date;
		}
		Optional<Boolean> dayFirst = dayFirst(doc, meta, jsonLd);
		for (Element time : doc.select(TIME_WITH_DATETIME)) {
			if (!time.attr("datetime").startsWith(date.substring(0, 10)) || time.closest(OTHER_STORIES) != null) {
				continue;
			}
			String shown = TextNormalizer.collapse(time.text());
			Optional<String> day = DateNormalizer.normalize(shown)
					.or(() -> DateNormalizer.normalizeSlashed(shown, dayFirst));
			if (day.isPresent() && day.get().length() >= 10) {
				java.time.LocalDate local = java.time.LocalDate.parse(day.get().substring(0, 10));
				if (Math.abs(local.toEpochDay() - utc.toEpochDay()) == 1) {
					return local.toString();
				}
			}
		}
		return dayOfDateLine(date, doc);
	}

	/**
	 * The day the story's first visible date line with a clock time ("Published: 10:58 PM CDT April 7, 2026", in an
	 * element labelled as a date or named for one, outside lists of other stories) shows for the UTC {@code date},
	 * when it is the day before or after; else {@code date}.
	 */
	private static String dayOfDateLine(String date, Document doc) {
		Element body = doc.body();
		java.time.OffsetDateTime instant;
		try {
			instant = java.time.OffsetDateTime.parse(date);
		} catch (java.time.format.DateTimeParseException e) {
			return date;
		}
		if (body == null) {
			return date;
		}
		for (Element e : clockHolders(body)) {
			String line = labelledDateText(e);
			if (line == null && e.is(DATE_CLASS) && e.text().length() <= 100) {
				line = TextNormalizer.collapse(e.text());
			}
			if (line != null && CLOCK_TIME.matcher(line).find() && DateNormalizer.writesDay(line)
					&& e.closest(OTHER_STORIES) == null) {
				return DateNormalizer.shownLocalDay(line, instant).map(java.time.LocalDate::toString).orElse(date);
			}
		}
		return date;
	}

	/**
	 * The elements that may hold a date line with a clock time, in the order of the page: the three elements around
	 * each text with a clock time ("10:58 PM", "00:20"), where {@link #MAY_HOLD_DATE} names them. Found from the texts,
	 * so that a date line is looked for in a few elements, not in every paragraph and box of the page.
	 */
	private static List<Element> clockHolders(Element body) {
		java.util.Set<Element> holders = new java.util.HashSet<>();
		for (org.jsoup.nodes.TextNode t : textNodesBelow(body)) {
			if (CLOCK_TIME.matcher(t.getWholeText()).find()) {
				Element e = t.parent();
				for (int up = 0; up < 3 && e != null && e != body; up++, e = e.parent()) {
					holders.add(e);
				}
			}
		}
		return holders.isEmpty() ? List.of() : body.select(MAY_HOLD_DATE).stream().filter(holders::contains).toList();
	}

	private static List<org.jsoup.nodes.TextNode> textNodesBelow(Element root) {
		List<org.jsoup.nodes.TextNode> texts = new java.util.ArrayList<>();
		org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
			if (node instanceof org.jsoup.nodes.TextNode t) {
				texts.add(t);
			}
		}, root);
		return texts;
	}

	private static String localTime(String date, JsonLd jsonLd) {
		if (!date.endsWith("Z") && !date.endsWith("+00:00")) {
			return date;
		}
		Optional<String> local = jsonLd.datePublished().flatMap(DateNormalizer::normalize)
				.filter(d -> !d.endsWith("Z") && !d.endsWith("+00:00"));
		if (local.isEmpty()) {
			return date;
		}
		try {
			java.time.OffsetDateTime a = java.time.OffsetDateTime.parse(date);
			java.time.OffsetDateTime b = java.time.OffsetDateTime.parse(local.get());
			return a.toInstant().equals(b.toInstant()) ? local.get() : date;
		} catch (java.time.format.DateTimeParseException e) {
			return date;
		}
	}

	/**
	 * A date written with slashes ("Released 12/03/2026") in an element named for a date or labelled as one, read
	 * day first or month first as the page's country writes dates; empty if there is none or its order is unknown.
	 */
	private static Optional<String> slashedDate(Document doc, Optional<Boolean> dayFirst) {
		Element body = doc.body();
		if (body == null || body.text().indexOf('/') < 0) {
			return Optional.empty();
		}
		for (Element e : body.select(DATE_CLASS)) {
			String text = TextNormalizer.collapse(e.text());
			if (text.length() >= 8 && text.length() <= 60 && e.closest(OTHER_STORIES) == null) {
				Optional<String> date = DateNormalizer.normalizeSlashed(text, dayFirst);
				if (date.isPresent()) {
					return date;
				}
			}
		}
		for (Element e : body.select(MAY_HOLD_DATE)) { // "<span><span>Publicado em</span> 10/03/2026 16h42</span>"
			String labelled = e.closest(OTHER_STORIES) == null ? labelledDateText(e) : null;
			Optional<String> date = labelled == null ? Optional.empty() : DateNormalizer.normalizeSlashed(labelled, dayFirst);
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the page's country writes the day first: from the region of its language ("en-AU" yes, "en-US" no), else
	 * from the country domain of its address (".au", ".uk" yes; ".us", ".gov", ".mil" no); empty when neither says.
	 */
	private static Optional<Boolean> dayFirst(Document doc, Map<String, List<String>> meta, JsonLd jsonLd) {
		Optional<String> region = language(doc, meta, jsonLd).filter(l -> l.length() >= 5).map(l -> l.substring(3, 5));
		if (region.isPresent() && region.get().chars().allMatch(Character::isUpperCase)) {
			return Optional.of(!MONTH_FIRST_COUNTRIES.contains(region.get()));
		}
		Optional<String> host = canonical(doc, meta, jsonLd).map(u -> u.replaceFirst("^https?://", "").split("[/:?#]")[0]);
		if (host.isEmpty() || host.get().lastIndexOf('.') < 0) {
			return Optional.empty();
		}
		String tld = host.get().substring(host.get().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (tld.equals("us") || tld.equals("gov") || tld.equals("mil")) {
			return Optional.of(false);
		}
		return tld.length() == 2 ? Optional.of(!MONTH_FIRST_COUNTRIES.contains(tld.toUpperCase(Locale.ROOT)))
				: Optional.empty();
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
