package org.policyannotator.importer.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never article text: scripts, styles, forms, embedded media, image captions, AMP components that
 * load ads, menus, consent dialogs or other stories ({@code amp-ad}, {@code amp-sidebar}, {@code amp-list}...), hidden elements (but not the hidden
 * rest of an article behind a "read more" or paywall expander, see {@link Expanders}), then navigation,
 * footers, sidebars, share bars, related lists, comments, cookie banners, ads, video teasers and link cards (a figure
 * that is a link to another page) recognised by tag, ARIA role or class/id. An element is kept, whatever its class says, when it holds the headline or the main content (so a
 * wrapper named {@code "layout-with-sidebar"} does not take the article with it).
 */
public final class BoilerplateRemover {
	/** Tags that never hold article text (a set, not a selector: one look per element instead of one per tag). */
	private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object",
			"embed", "video", "audio", "canvas", "svg", "math", "map", "button", "input", "select", "textarea", "option",
			"label", "link", "meta", "dialog", "figcaption",
			// AMP components that load ads, menus, consent dialogs, share buttons and other stories (with their placeholders)
			"amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-sidebar", "amp-consent", "amp-user-notification",
			"amp-list", "amp-social-share", "amp-analytics", "amp-pixel", "amp-iframe", "amp-video", "amp-youtube",
			"amp-geo");
	private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "form", "menu");
	private static final Evaluator HOLDS_ARTICLE = QueryParser.parse("h1, [itemprop=articleBody], main, [role=main]");
	private static final Evaluator SUBHEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");
	private static final java.util.regex.Pattern ADDRESS_TEXT = java.util.regex.Pattern.compile("^\\s*https?://\\S+\\s*$");
	/** The longest label left beside an address shown for copying ("Short Url", "Permalink:"). */
	private static final int MAX_ADDRESS_LABEL = 20;
	private static final Evaluator OWN_ADDRESS = QueryParser.parse(
			"link[rel~=(?i)^(canonical|shortlink)$][href], meta[property=og:url][content]");
	private static final Evaluator LINK = QueryParser.parse("a[href]");
	/** A video's duration on its own: "02:15", "1:04:30". */
	private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("\\d{1,2}(:\\d{2}){1,2}");
	/**
	 * The first line of a publisher's appeal for support: "Support PREMIUM TIMES' journalism ...", "Support Daily
	 * Maverick", "Your support keeps us independent.", "Unterstützen Sie unseren Journalismus" (but not a subheading
	 * "Support for low-income countries").
	 */
	private static final java.util.regex.Pattern APPEAL = java.util.regex.Pattern.compile("(?i)^(?:support (?:us\\b|our\\b"
			+ "|independent\\b|(?-i:\\p{Lu})[^.!?]{0,60}(?:journalism|reporting|newsroom|news\\b)|(?-i:\\p{Lu})\\S*(?: (?-i:\\p{Lu})\\S*){0,3}$)"
			+ "|your support (?:keeps|helps|will help|makes|matters|is)|help (?:us|fund) (?:\\S+ ){0,3}(?:journalism|reporting)"
			+ "|unterstützen sie (?:uns|unseren|unsere|den|die)\\b|soutenez(?:-nous| notre| le| la)\\b"
			+ "|apoy[ae] (?:nuestro|el|al|a) periodismo|apoie (?:o|nosso) jornalismo|sostieni (?:il|la|il nostro) )");
	/** At most a card: a label, a title and a line or two of teaser. */
	private static final int MAX_CARD_WEIGHT = 350;
	/** At least a headline's worth of link text for a card's title. */
	private static final int MIN_CARD_TITLE = 15;
	/**
	 * A line of an appeal for support anywhere in its box: "For as little as $6 a month you can help support our quality
	 * journalism", "Independent journalism costs money", "Become a member".
	 */
	private static final java.util.regex.Pattern SUPPORT_CALL = java.util.regex.Pattern.compile("(?i)\\b(?:help )?support"
			+ " (?:our|independent|quality|local)(?: \\w+)? (?:journalism|reporting|newsroom)\\b|\\bjournalism costs money\\b"
			+ "|\\bbecome an? (?:member|supporter|subscriber|patron)\\b|\\bjoin our community\\b");
	/** At most a box: an appeal for support is a heading, a few lines and a button, not an article. */
	private static final int MAX_APPEAL_WEIGHT = 1_200;
	/** At most a title and a line of description: more is a video article's text, not a teaser. */
	private static final int MAX_TEASER_WEIGHT = 300;

	private BoilerplateRemover() {
	}

	/** Step 1: removes elements that can never be article text, hidden ones and lines that show the page's own address. */
	public static void removeNonContent(Element body) {
		removeWhere(body, e -> NEVER_TEXT.contains(e.normalName()) && !isShadowRoot(e));
		removeWhere(body, e -> e != body && ClassHints.isHidden(e) && !Expanders.holdsArticleText(e));
		removeOwnAddress(body);
	}

	/**
	 * Removes the elements whose whole text is the page's own address as its head states it ({@code <link
	 * rel=canonical>}, {@code rel=shortlink}, {@code og:url}): the address in a "Short Url" line of a share
	 * box or a permalink shown for copying, and the box that held it when no more than a label is left in it.
	 */
	private static void removeOwnAddress(Element body) {
		Element head = body.ownerDocument() == null ? null : body.ownerDocument().head();
		if (head == null) {
			return;
		}
		Set<String> own = new java.util.HashSet<>();
		for (Element e : head.select(OWN_ADDRESS)) {
			String url = e.hasAttr("href") ? e.attr("href") : e.attr("content");
			if (url.startsWith("http")) {
				own.add(bareAddress(url));
			}
		}
		if (own.isEmpty()) {
			return;
		}
		List<Element> shown = body.getElementsMatchingOwnText(ADDRESS_TEXT).stream()
				.filter(e -> e != body && e.childrenSize() == 0 && own.contains(bareAddress(e.ownText()))).toList();
		for (Element e : shown) {
			Element box = e.parent();
			e.remove();
			if (box != null && box != body && box.text().strip().length() <= MAX_ADDRESS_LABEL) {
				box.remove(); // with its label: "Short Url", "Permalink", "Link:"
			}
		}
	}

	/** An address without its scheme and trailing slash, to compare "https://x.org/a/" with "http://x.org/a". */
	private static String bareAddress(String url) {
		String s = url.strip().replaceFirst("^https?://", "");
		return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
	}

	/**
	 * A web component's shadow tree as a page saver writes it ({@code <template shadowrootmode="open">}, SingleFile's and
	 * the browsers' declarative shadow DOM): what the reader saw, not an unused template.
	 */
	private static boolean isShadowRoot(Element e) {
		return "template".equals(e.normalName()) && (e.hasAttr("shadowrootmode") || e.hasAttr("shadowroot"));
	}

	/** Removes the outermost elements under {@code root} that pass the test, in one walk (what they hold goes too). */
	private static void removeWhere(Element root, Predicate<Element> test) {
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (!(node instanceof Element e)) {
					return FilterResult.SKIP_ENTIRELY;
				}
				return test.test(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
			}
		}, root);
	}

	/** Step 2: removes page furniture around the article, keeping anything that holds the headline or most text. */
	public static void removePageFurniture(Element body, DomStats stats) {
		int total = Math.max(1, stats.weight(body));
		sweepChildren(body, stats, total, false, holders(body));
	}

	/**
	 * Step 3, inside the chosen article container: removes notes about the authors ({@link AuthorBios}) and pictures'
	 * captions set as plain lines ({@link PictureCaptions}), marks note references ({@link NoteMarks}), removes boilerplate
	 * blocks and link lists, keeping any block that holds more than half of the container's text.
	 */
	public static void cleanContainer(Element container, DomStats stats) {
		AuthorBios.remove(container);
		PictureCaptions.remove(container);
		NoteMarks.mark(container);
		int total = Math.max(1, stats.weight(container));
		sweepChildren(container, stats, total, true, holders(container));
	}

	/** The elements that hold the headline or a marked-up article body, and all their ancestors. */
	private static Set<Element> holders(Element root) {
		Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element marker : root.select(HOLDS_ARTICLE)) {
			for (Element e = marker; e != null && keep.add(e) && e != root; e = e.parent()) {
				// walk up until an ancestor already known
			}
		}
		return keep;
	}

	private static void sweep(Element e, DomStats stats, int total, boolean insideArticle, Set<Element> keep) {
		if (isBoilerplate(e, stats, total, insideArticle, keep)) {
			e.remove();
			return;
		}
		sweepChildren(e, stats, total, insideArticle || "article".equals(e.normalName()), keep);
	}

	/** Sweeps each child element of {@code parent} (each may remove itself), without copying the list of children. */
	private static void sweepChildren(Element parent, DomStats stats, int total, boolean insideArticle, Set<Element> keep) {
		for (Element child = parent.firstElementChild(); child != null;) {
			Element next = child.nextElementSibling();
			sweep(child, stats, total, insideArticle, keep);
			child = next;
		}
	}

	private static boolean isBoilerplate(Element e, DomStats stats, int total, boolean insideArticle,
			Set<Element> keep) {
		String tag = e.normalName();
		int weight = stats.weight(e);
		boolean major = weight * 2 > total;
		boolean holdsArticle = keep.contains(e) || "article".equals(tag) && ClassHints.of(e) >= 0;
		if (holdsArticle || major && !"form".equals(tag) && stats.linkDensity(e) < 0.5) {
			return false;
		}
		if ("form".equals(tag)) {
			return weight * 4 < total; // whole-page ASP.NET forms stay
		}
		if (insideArticle && ClassHints.isFactBox(e) && stats.linkDensity(e) < 0.3) {
			return false; // a fact box of the article ("Fakta", "Key facts"), set apart in an aside
		}
		if ("dl".equals(tag) && isPictureWithCaption(e)) {
			return true; // <dl><dt><img></dt><dd>caption</dd></dl>: a picture and its caption
		}
		if (BOILERPLATE_TAGS.contains(tag) || "figure".equals(tag) && stats.linkDensity(e) >= 0.5) {
			return true; // a figure that is a link: a card that previews another page (Ghost's bookmark card, an embed)
		}
		if ("header".equals(tag) && !insideArticle && !keep.contains(e)) {
			return true;
		}
		if (ClassHints.of(e) < 0) {
			return !Expanders.holdsArticleText(e);
		}
		if (isVideoTeaser(e, stats) || insideArticle && (isSupportAppeal(e, stats) || isTeaserCard(e, stats))) {
			return true;
		}
		return (isLinkList(e, stats) || isTeaserList(e)) && (insideArticle || !major);
	}

	/**
	 * A video teaser: a small element named or labelled for a video ({@code "video-inline"}, {@code "media video"},
	 * {@code aria-label="Video"}) that shows the video's duration ("02:15") in an element of its own; its title
	 * ("SÖZCÜ TV | Vatandaş ulaşım zammına ne diyor?") goes with it.
	 */
	private static boolean isVideoTeaser(Element e, DomStats stats) {
		String names = e.className() + " " + e.attr("aria-label");
		if (!names.toLowerCase(java.util.Locale.ROOT).contains("video") || stats.weight(e) > MAX_TEASER_WEIGHT
				|| !ClassHints.tokens(names).contains("video")) {
			return false;
		}
		for (Element inner : e.getAllElements()) {
			if (inner != e && DURATION.matcher(inner.ownText().strip()).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A publisher's appeal for support inside the article: a small box of a few lines (not a paragraph) whose first
	 * line asks the reader to support the publication (see {@link #APPEAL}) or one of whose lines calls for support
	 * (see {@link #SUPPORT_CALL}); its button (to donate, join, subscribe) may have gone already.
	 */
	private static boolean isSupportAppeal(Element e, DomStats stats) {
		String tag = e.normalName();
		if (!(tag.equals("div") || tag.equals("section") || tag.equals("aside")) || stats.weight(e) > MAX_APPEAL_WEIGHT
				|| e.childrenSize() < 2) {
			return false;
		}
		boolean first = true;
		for (Element line : e.getAllElements()) {
			if (line == e || line.ownText().isBlank()) {
				continue;
			}
			String text = TextNormalizer.collapse(line.text());
			if (first && APPEAL.matcher(text).find() || SUPPORT_CALL.matcher(text).find()) {
				return true;
			}
			first = false;
		}
		return false;
	}

	/**
	 * A card that points to one other page from inside the article: a small box of a few lines (a label, a title that
	 * is a link and nothing else, a line of teaser: "Explore" / "Infographic: how much caffeine is too much?" / "See how
	 * much ..."), all its links going to that page; a paragraph with a link inside its sentence is no card.
	 */
	private static boolean isTeaserCard(Element e, DomStats stats) {
		String tag = e.normalName();
		int weight = stats.weight(e);
		if (!(tag.equals("div") || tag.equals("section") || tag.equals("aside")) || weight > MAX_CARD_WEIGHT
				|| e.childrenSize() < 2) {
			return false;
		}
		var links = e.select(LINK);
		if (links.isEmpty() || links.stream().map(a -> a.attr("href")).distinct().count() != 1) {
			return false;
		}
		Element title = null;
		for (Element a : links) {
			Element holder = a.parent();
			if (!a.text().isBlank() && holder != null && holder != e
					&& TextNormalizer.collapse(holder.text()).equals(TextNormalizer.collapse(a.text()))) {
				title = a;
			}
		}
		if (title == null || TextNormalizer.weight(title.text()) < MIN_CARD_TITLE) {
			return false;
		}
		int lines = 0;
		for (Element child : e.children()) {
			if (!child.text().isBlank()) {
				lines++;
			}
		}
		return lines >= 2 && lines <= 4;
	}

	/** A definition list whose terms hold only pictures: each description is a picture's caption. */
	private static boolean isPictureWithCaption(Element dl) {
		var terms = dl.getElementsByTag("dt");
		if (terms.isEmpty()) {
			return false;
		}
		for (Element dt : terms) {
			if (!dt.text().isBlank() || dt.selectFirst("img, picture") == null) {
				return false;
			}
		}
		return true;
	}

	/** Blocks of story teasers: several headings that are links ("More stories", "Latest", "Read next"). */
	private static boolean isTeaserList(Element e) {
		String tag = e.normalName();
		if (!(tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol"))) {
			return false;
		}
		var headings = e.select(SUBHEADINGS);
		if (headings.size() < 3) {
			return false;
		}
		int linked = 0;
		for (Element h : headings) {
			if (h.selectFirst(LINK) != null || h.closest(LINK) != null) {
				linked++;
			}
		}
		return linked >= 3 && linked * 2 > headings.size();
	}

	/** Lists and blocks that are mostly links: related articles, tag clouds, "more from" boxes. */
	private static boolean isLinkList(Element e, DomStats stats) {
		String tag = e.normalName();
		if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section") || tag.equals("table")
				|| tag.equals("dl"))) {
			return false;
		}
		if (stats.weight(e) == 0 || stats.linkDensity(e) < 0.5) {
			return false;
		}
		return e.getElementsByTag("a").size() >= 2;
	}
}
