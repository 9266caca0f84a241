package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The publication date of a page, from the most reliable source it offers: article meta tags, JSON-LD, microdata,
 * {@code <time>} elements, then date lines in its text ("Published: ...", a date under the headline, an element named
 * for a date); a UTC instant becomes the day a reader of the page sees. Runs before boilerplate removal.
 */
final class PublicationDates {
	private static final Pattern DATE_LABEL = Pattern.compile(
			"(?i)(published|posted|updated|date|发布|發布|日期|时间|時間|来源|來源|出处|입력|등록|작성|송고|수정|公開|掲載|配信|更新|投稿|"
					+ "fecha|publicaci|\\bdata\\s*(?::|de publica|di pubblica|publikacji|publicării)|\\bdato\\b|tarih|дата|"
					+ "ημερομηνία|تاريخ|تاریخ|תאריך|tanggal|tarikh|ngày đăng|päivämäärä|날짜|日付|"
					+ "\\bstand\\b|veröffentlicht|aktualisiert|datum|erschienen|publié|mis à jour|publicad[oa]|"
					+ "pubblicato|gepubliceerd|publicerad|publisert|udgivet|julkaistu|opublikowano|"
					+ "publikováno|objavljeno|publicat|yayınlanma|опубликовано|опубліковано)");
	/** Elements named for a date, in English and the words of other languages ("noticia-data", "fecha_boletin"). */
	private static final String DATE_NAMES = "[class~=(?i)(date|time|data|fecha|datum|dato|tarih)]";
	private static final Evaluator DATE_NAMED = QueryParser.parse(DATE_NAMES);
	private static final Evaluator DATE_CLASS = QueryParser.parse(DATE_NAMES + ", dd, th + td");
	private static final Evaluator OUTSIDE_STORY = QueryParser.parse("li, aside, nav, footer");
	private static final Evaluator OUTSIDE_DETAILS = QueryParser.parse("li, nav, footer");
	/** Where other stories' dates are: sidebars, navigation, footers, lists of related, recent or popular stories. */
	private static final Evaluator OTHER_STORIES = QueryParser.parse("aside, nav, footer, [class~=(?i)(sidebar|related"
			+ "|recent|popular|most-?read|trending|widget|similar)]:not(body):not(html)"); // Drupal's <body class="one-sidebar">
	/** Countries that write the month before the day in "03/12/2026". */
	private static final Set<String> MONTH_FIRST_COUNTRIES = Set.of("US", "PH", "FM", "MH", "PW");
	/** Where the story is: today's date in the page's masthead is not the story's. */
	private static final Evaluator STORY = QueryParser.parse("article, main, [role=main]");
	private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
	/** A clock time in a date line: "10:58 PM", "22:40", "22h40". */
	private static final Pattern CLOCK_TIME = Pattern.compile("(?<![\\d:])\\d{1,2}[:h]\\d{2}(?!\\d)");
	private static final Evaluator MAY_HOLD_DATE = QueryParser.parse("p, span, div, td, li, em, small, time");
	private static final List<Evaluator> DATE_ATTRIBUTES = List.of("time[itemprop=datePublished][datetime]",
			"[itemprop=datePublished][content]", "[property~=^(dc:date|dcterms:date|dc:created|dcterms:created|schema:datePublished)$][content]",
			"time[pubdate][datetime]", "article time[datetime]", "main time[datetime]",
			"time[datetime]").stream().map(QueryParser::parse).toList();
	/** A day in a page's address: "/2026/04/14/", "/2026-04-14", "/20260414-" (a path segment or its start). */
	private static final Pattern ADDRESS_DAY = Pattern.compile(
			"^https?://[^/]+/(?:[^?#]*/)?(20\\d{2})(?:([/-])(\\d{1,2})\\2(\\d{1,2})|(\\d{2})(\\d{2}))(?=[/_.-]|$)");
	/** The longest text of an element named for a date: "Boletín UNAM-DGCS-287 Ciudad Universitaria. 13:00 hs. 14 de abril de 2026". */
	private static final int MAX_DATE_LINE = 100;
	/** Where a page shows a date: {@code <time>}, microdata, an element named for a date or time. */
	private static final Evaluator SHOWN_DATE = QueryParser.parse("time, [itemprop=datePublished], " + DATE_NAMES);
	/** A line that says when the story was updated, not published. */
	private static final Pattern UPDATE = Pattern.compile("(?i)(updat|aktualisi|aktualiz|mis à jour|actualiza|atualiza|"
			+ "aggiorna|bijgewerkt|oppdater|opdater|uppdater|päivitet|обновл|оновл|güncelle|更新|수정|modifi)");
	/** The farthest local clocks are ahead of UTC (UTC+14) and behind it (UTC-12), in minutes. */
	private static final int MAX_AHEAD_MINUTES = 14 * 60;
	private static final int MAX_BEHIND_MINUTES = 12 * 60;
	private static final List<Evaluator> DATE_TEXTS = List.of("time", "[itemprop=datePublished]",
			".date, .dateline, .published, .timestamp").stream().map(QueryParser::parse).toList();

	private PublicationDates() {
	}

	/**
	 * The publication date of the page: from its meta tags, JSON-LD, {@code <time>} elements or visible date lines,
	 * moved to the day a reader of the page sees when the page states it in UTC.
	 *
	 * @param language the page's language tag ("en-AU"), if known
	 * @param address the page's canonical address, if known
	 */
	static Optional<String> published(Document doc, Map<String, List<String>> meta, JsonLd jsonLd,
			Optional<String> language, Optional<String> address) {
		Supplier<Optional<Boolean>> dayFirst = () -> dayFirst(language, address);
		List<Supplier<Optional<String>>> candidates = new ArrayList<>();
		candidates.add(() -> MetadataExtractor.first(meta, "article:published_time", "og:published_time", "datepublished",
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
		candidates.add(() -> dateInDateClass(doc, dayFirst));
		candidates.add(() -> Headlines.element(doc).filter(h -> !Headlines.isLogo(h)).flatMap(Headlines::dateBeside));
		for (Supplier<Optional<String>> candidate : candidates) {
			Optional<String> date = candidate.get().flatMap(DateNormalizer::normalize);
			if (date.isPresent()) {
				return Optional.of(visibleLocalDay(localTime(date.get(), jsonLd), doc, dayFirst));
			}
		}
		return slashedDate(doc, dayFirst.get()).or(() -> address.flatMap(PublicationDates::dateInAddress));
	}

	/**
	 * A short element whose class names a date or time ("article-meta__publish-date", "h-time") and whose text is one,
	 * the first outside lists of other stories; or a date after a label of its own ({@code <dt>Published</dt><dd>},
	 * {@code <th>Date</th><td>}).
	 */
	private static Optional<String> dateInDateClass(Document doc, Supplier<Optional<Boolean>> dayFirst) {
		Element body = doc.body();
		if (body == null) {
			return Optional.empty();
		}
		List<Element> dated = new ArrayList<>(body.select(DATE_CLASS)); // the story's own first, then the page's
		dated.sort(storyFirst(doc));
		for (Element e : dated) {
			String text = TextNormalizer.collapse(e.text());
			boolean labelled = ("dd".equals(e.normalName()) || "td".equals(e.normalName())) && !e.is(DATE_NAMED);
			if (text.length() < 6 || text.length() > MAX_DATE_LINE
					|| e.closest(labelled ? OUTSIDE_DETAILS : OUTSIDE_STORY) != null) {
				continue; // a sidebar's "Document details" list may label the page's own date
			}
			if (labelled) {
				Element label = e.previousElementSibling();
				if (label == null || !label.nameIs(e.nameIs("dd") ? "dt" : "th") || !DATE_LABEL.matcher(label.text()).find()) {
					continue;
				}
			}
			Optional<String> date = DateNormalizer.normalize(text).or(() -> DateNormalizer.normalizeSlashed(text,
					dayFirst.get())); // "14/04/2026 11:25"
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
		return doc.select(selector).stream().filter(e -> e.closest(OTHER_STORIES) == null).min(storyFirst(doc));
	}

	/**
	 * The order in which to trust dates shown on the page: those inside the story's own container first, then those
	 * after the headline, then the rest (today's date in a strip above the masthead is not the story's); the page's
	 * order within each.
	 */
	private static java.util.Comparator<Element> storyFirst(Document doc) {
		Element headline = Headlines.element(doc).filter(h -> !Headlines.isLogo(h)).orElse(null);
		Map<Element, Integer> ranks = new java.util.IdentityHashMap<>(); // a sort asks for each element's rank many times
		return java.util.Comparator.comparingInt(e -> ranks.computeIfAbsent(e,
				x -> x.closest(STORY) != null ? 0 : headline != null && precedes(headline, x) ? 1 : 2));
	}

	/** Whether {@code a} begins before {@code b} in the page. */
	private static boolean precedes(Element a, Element b) {
		List<Element> up = new ArrayList<>(a.parents());
		java.util.Collections.reverse(up);
		up.add(a);
		List<Element> other = new ArrayList<>(b.parents());
		java.util.Collections.reverse(other);
		other.add(b);
		int i = 0;
		while (i < up.size() && i < other.size() && up.get(i) == other.get(i)) {
			i++;
		}
		if (i == up.size() || i == other.size()) {
			return i == up.size(); // an element begins before what it holds
		}
		return up.get(i).elementSiblingIndex() < other.get(i).elementSiblingIndex();
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
	 * The day in the page's own address, when nothing on the page says when it was published:
	 * "https://example.com/2026/04/14/slug", "/news/20260414-slug", "/2026-04-14/slug".
	 */
	private static Optional<String> dateInAddress(String address) {
		java.util.regex.Matcher m = ADDRESS_DAY.matcher(address);
		if (!m.find()) {
			return Optional.empty();
		}
		try {
			boolean compact = m.group(2) == null;
			return Optional.of(java.time.LocalDate.of(Integer.parseInt(m.group(1)),
					Integer.parseInt(m.group(compact ? 5 : 3)), Integer.parseInt(m.group(compact ? 6 : 4))).toString());
		} catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * The day a reader of the page sees when {@code date} is in UTC and the page's own {@code <time>} element shows
	 * that instant as the day before or after in its visible text ("19/03/2026 22h40" for "2026-03-20T01:40Z"), or,
	 * without such an element, the story's first visible date line with a clock time shows it so in local time
	 * ("Published: 10:58 PM CDT April 7, 2026" for "2026-04-08T03:58Z", see {@link DateNormalizer#shownLocalDay});
	 * else {@code date}.
	 */
	private static String visibleLocalDay(String date, Document doc, Supplier<Optional<Boolean>> order) {
		if (!date.endsWith("Z") || date.length() < 10) {
			return shownInOtherZone(date, doc);
		}
		java.time.LocalDate utc;
		try {
			utc = java.time.LocalDate.parse(date.substring(0, 10));
		} catch (java.time.format.DateTimeParseException e) {
			return date;
		}
		Optional<Boolean> dayFirst = order.get();
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
		java.time.OffsetDateTime instant;
		try {
			instant = java.time.OffsetDateTime.parse(date);
		} catch (java.time.format.DateTimeParseException e) {
			return date;
		}
		Element body = doc.body();
		if (body == null) {
			return date;
		}
		return dayOfDateLine(date, instant, body, false).or(() -> dayOfDateWithoutClock(instant, body)).orElse(date);
	}

	/**
	 * The day the story's date line with a clock time shows for {@code date} when {@code date} has a time and an offset
	 * that is not the page's ("2026-04-15T10:45+08:00" in the structured data of a New York paper whose line says
	 * "2026-04-14 22:45"), else {@code date}.
	 */
	private static String shownInOtherZone(String date, Document doc) {
		java.time.OffsetDateTime instant;
		try {
			instant = java.time.OffsetDateTime.parse(date);
		} catch (java.time.format.DateTimeParseException e) {
			return date; // a day, or a local time without an offset
		}
		return doc.body() == null ? date : dayOfDateLine(date, instant, doc.body(), true).orElse(date);
	}

	/**
	 * The day the story's first visible date line with a clock time ("Published: 10:58 PM CDT April 7, 2026", in an
	 * element labelled as a date or named for one, outside lists of other stories) shows for {@code instant}: the day
	 * before or after its own day (in its offset) when the line shows it so (see {@link DateNormalizer#shownLocalDay}), else
	 * {@code date} itself; empty when the story has no such line ({@code publishedOnly}: no such line but an update
	 * line).
	 */
	private static Optional<String> dayOfDateLine(String date, java.time.OffsetDateTime instant, Element body,
			boolean publishedOnly) {
		for (Element e : clockHolders(body)) {
			String line = labelledDateText(e);
			if (line == null && (e.is(DATE_CLASS) || e.nameIs("time")) && e.text().length() <= 100) {
				line = TextNormalizer.collapse(e.text());
			}
			if (line != null && CLOCK_TIME.matcher(line).find() && DateNormalizer.writesDay(line)
					&& e.closest(OTHER_STORIES) == null && !(publishedOnly && UPDATE.matcher(line).find())) {
				return Optional.of(DateNormalizer.shownLocalDay(line, instant).map(java.time.LocalDate::toString)
						.orElse(date));
			}
		}
		return Optional.empty();
	}

	/**
	 * The day the story's first date without a clock time shows ("14 April 2026" in a {@code <time>} or an element
	 * named for a date, outside lists of other stories, not an update line) when it is the day after the UTC day of
	 * {@code instant} and the instant is late enough in the UTC day to be the next day somewhere (UTC+14 at most), or
	 * the day before and early enough (UTC-12 at most): the page states the instant in UTC and shows its own day.
	 */
	private static Optional<String> dayOfDateWithoutClock(java.time.OffsetDateTime instant, Element body) {
		List<Element> lines = new ArrayList<>(body.select(SHOWN_DATE));
		lines.sort(storyFirst(body.ownerDocument()));
		java.time.LocalDate utcDay = instant.toLocalDate();
		int minute = instant.getHour() * 60 + instant.getMinute();
		for (Element e : lines) {
			String text = TextNormalizer.collapse(e.text());
			if (text.length() < 6 || text.length() > 80 || e.closest(OTHER_STORIES) != null || UPDATE.matcher(text).find()) {
				continue;
			}
			Optional<String> shown = DateNormalizer.normalize(text).filter(d -> d.length() >= 10);
			if (shown.isEmpty()) {
				continue;
			}
			long days = java.time.LocalDate.parse(shown.get().substring(0, 10)).toEpochDay() - utcDay.toEpochDay();
			boolean reachable = days == 1 && minute >= 24 * 60 - MAX_AHEAD_MINUTES || days == -1 && minute < MAX_BEHIND_MINUTES;
			return reachable ? Optional.of(shown.get().substring(0, 10)) : Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * The elements that may hold a date line with a clock time, in the order of the page: the three elements around
	 * each text with a clock time ("10:58 PM", "00:20"), where {@link #MAY_HOLD_DATE} names them. Found from the texts,
	 * so that a date line is looked for in a few elements, not in every paragraph and box of the page.
	 */
	private static List<Element> clockHolders(Element body) {
		java.util.Set<Element> holders = new java.util.HashSet<>();
		for (org.jsoup.nodes.TextNode t : textNodesBelow(body)) {
			String text = t.getWholeText();
			if (mayShowClock(text) && CLOCK_TIME.matcher(text).find()) {
				Element e = t.parent();
				for (int up = 0; up < 3 && e != null && e != body; up++, e = e.parent()) {
					holders.add(e);
				}
			}
		}
		return holders.isEmpty() ? List.of() : body.select(MAY_HOLD_DATE).stream().filter(holders::contains).toList();
	}

	/**
	 * Whether {@code text} has a digit, a colon or "h", and two digits in a row ("10:58", "22h40"): the cheap look
	 * before {@link #CLOCK_TIME}, which every text of the page goes through.
	 */
	private static boolean mayShowClock(String text) {
		for (int i = 1, n = text.length() - 2; i < n; i++) {
			char c = text.charAt(i);
			if ((c == ':' || c == 'h') && isAsciiDigit(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1))
					&& isAsciiDigit(text.charAt(i + 2))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
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

	/**
	 * The page's own local time of {@code date} when {@code date} is in UTC and the JSON-LD gives the same instant
	 * with the publisher's offset ("2026-03-06T02:14Z" and "2026-03-05T23:14-03:00"): the day a reader of the page
	 * sees; else {@code date}.
	 */
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
	private static Optional<Boolean> dayFirst(Optional<String> language, Optional<String> address) {
		Optional<String> region = language.filter(l -> l.length() >= 5).map(l -> l.substring(3, 5));
		if (region.isPresent() && region.get().chars().allMatch(Character::isUpperCase)) {
			return Optional.of(!MONTH_FIRST_COUNTRIES.contains(region.get()));
		}
		Optional<String> host = address.map(u -> u.replaceFirst("^https?://", "").split("[/:?#]")[0]);
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
}
