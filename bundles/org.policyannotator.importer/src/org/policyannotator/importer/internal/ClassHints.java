package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Element;

/**
 * What the class, id and role of an element say about it. A boilerplate token ({@code meta}, {@code comment},
 * {@code share}...) outweighs a generic content token ({@code entry}, {@code body}, {@code story}), so
 * {@code "entry-meta"} and {@code "comment-body"} are boilerplate; only a compound content name
 * ({@code "article-body"}, {@code "entry-content"}) outweighs a boilerplate token. Works on tokens ({@code "article__body--wide"} is
 * {@code article, body, wide}; {@code "shareBar"} is {@code share, bar}) so that "ad" matches {@code ad-slot} but
 * not {@code header} or {@code shadow}.
 */
public final class ClassHints {
	private static final Set<String> POSITIVE = Set.of("article", "articlebody", "articletext", "body", "content",
			"contents", "entry", "main", "post", "story", "storybody", "storytext", "text", "prose", "richtext",
			"hentry", "blog", "detail", "details");
	private static final Set<String> NEGATIVE = Set.of("ad", "ads", "adv", "advert", "adverts", "advertisement",
			"advertising", "adsbygoogle", "adslot", "dfp", "gpt", "nav", "navbar", "navigation", "menu", "menus", "sidebar",
			"aside", "rail", "footer", "breadcrumb", "breadcrumbs", "share", "shares", "sharing", "sharebar", "social",
			"related", "comment", "comments", "commentlist", "respond", "replies", "disqus", "cookie", "cookies",
			"consent", "gdpr", "promo", "promos", "promotion", "promoted", "newsletter", "subscribe", "subscription",
			"signup", "sponsor", "sponsored", "outbrain", "taboola", "popup", "modal", "overlay", "banner", "masthead",
			"toolbar", "pagination", "pager", "tags", "trending", "popular", "mostread", "recommended", "recommendations",
			"recirc", "widget", "widgets", "skip", "rss", "byline", "author", "meta", "login",
			"morestories", "morefrom", "moreon", "morenews", "readmore", "readnext", "upnext", "topics", "caption",
			"captions", "figcaption", "credit", "credits", "photocredit", "imagecredit", "copyright", "permalink",
			"printlink", "tools", "toolbox", "videolabel", "duration", "kicker", "topline", "overline", "eyebrow",
			"dachzeile", "disclaimer", "contact", "contacts", "paywall", "imgcaption",
			"imagecaption", "photocaption", "cta", "bookmark", "followus", "videoblock", "videoembed", "videoplayer",
			"videotitle", "videopromo", "hat", "antetitulo", "occhiello", "surtitre", "feedback", "talkback", "talkbacks",
			"readalso", "alsoread", "address", "addressbox", "autor", "autores", "firma", "adzone", "adunit", "adbox",
			"adcontainer", "adwrapper", "adplaceholder", "anzeige", "werbung", "reklama", "publicidad", "pubblicita",
			"tweet", "instagram", "tiktok", "facebook", "xfbml", "fbpost", "podcast", "player", "donate", "donates", "donation",
			"donations", "piefoto", "piedefoto", "autorfoto", "fotoautor", "controls", "playcontrols", "meter", "meterbox",
			"tipoff", "newstip", "newstips", "tipline", "edm", "mailmagazine", "mailmag",
			"membership", "imgtext", "imagetext", "phototext", "poll", "polls", "sondage", "umfrage", "encuesta",
			"attachment", "attachments", "follow", "aisummary", "prompt", "telegram", "assinatura", "signature",
			"mediaembed", "mediainfo", "mediatitle", "mediadescription", "audio", "audioplayer", "articleaudio",
			"texttospeech", "tts", "callout");
	/** Boxes of facts, figures or key points that the article sets apart but that belong to it. */
	private static final Set<String> FACT_BOX = Set.of("factbox", "factsbox", "facts", "fakta", "faktaboks", "faktaruta",
			"faktabox", "faktenbox", "infobox", "infokasten", "keypoints", "keyfacts", "keyfigures", "atglance", "encadre",
			"factfile");
	/** Attributes of component frameworks that name what an element is ({@code data-test-id="ad-netboard"}). */
	private static final java.util.regex.Pattern NAMING_ATTRIBUTE = java.util.regex.Pattern.compile(
			"data-(?:[a-z]+-)?(?:test-?id|test|qa|cy|component|module|type|block|widget|role|region|slot|placement|kind)");
	private static final List<String> NEGATIVE_PREFIXES = List.of("advert", "sidebar", "breadcrumb", "newsletter",
			"cookie", "outbrain", "taboola", "disqus", "sharethis", "sharedaddy", "addthis", "addtoany", "socia",
			"related", "recommend", "sponsor", "subscri", "popup", "trending", "consent", "comment-", "footer", "navbar",
			"imgdesc", "imagedesc", "photodesc", "comentar", "kommentar", "reactie", "relacionad", "correlat",
			"navigation", "masthead", "pagination", "widget", "mostpopular", "mostread");
	/** Compound content names that outweigh a boilerplate token in the same class list. */
	private static final Set<String> STRONG_POSITIVE = Set.of("articlebody", "articlecontent", "articletext",
			"storybody", "storycontent", "storytext", "entrycontent", "entrybody", "postcontent", "postbody", "posttext",
			"maincontent", "bodytext", "contentbody", "richtext", "articledetail", "newsbody", "newscontent",
			"newstext", "bodycontent", "pagecontent");
	/**
	 * Hints of the name lists met so far: a page repeats the same few lists on hundreds of elements (every comment,
	 * every list item), and each is looked at in several steps. Bounded; emptied when full.
	 */
	private static final Map<String, Integer> VERDICTS = new ConcurrentHashMap<>();
	private static final int MAX_VERDICTS = 20_000;
	private static final Set<String> NEGATIVE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "alert");

	private ClassHints() {
	}

	/** +1 for a content hint (and none against), -1 for a boilerplate hint (and none for), else 0. */
	public static int of(Element e) {
		String role = e.attr("role").toLowerCase(Locale.ROOT);
		if (NEGATIVE_ROLES.contains(role)) {
			return -1;
		}
		if ("main".equals(role) || "article".equals(role)
				|| "articlebody".equalsIgnoreCase(e.attr("itemprop"))) {
			return 1;
		}
		String names = names(e);
		if (names.isBlank()) {
			return 0;
		}
		Integer known = VERDICTS.get(names);
		if (known == null) {
			known = verdict(names);
			if (VERDICTS.size() >= MAX_VERDICTS) {
				VERDICTS.clear();
			}
			VERDICTS.put(names, known);
		}
		return known;
	}

	/** The hint of a list of names, see {@link #of(Element)}. */
	private static int verdict(String names) {
		boolean positive = false;
		boolean strongPositive = false;
		boolean negative = false;
		for (String token : tokens(names)) {
			if (STRONG_POSITIVE.contains(token)) {
				strongPositive = true;
			} else if (POSITIVE.contains(token)) {
				positive = true;
			} else if (NEGATIVE.contains(token) || hasNegativePrefix(token)) {
				negative = true;
			}
		}
		if (strongPositive) {
			return 1;
		}
		if (negative) {
			return -1; // "entry-meta", "comment-body", "story__byline": the specific part wins over the generic one
		}
		return positive ? 1 : 0;
	}

	/**
	 * The names a page gives an element: class, id, and the attributes component frameworks use instead
	 * ({@code data-component}, {@code data-testid}, {@code data-module}, {@code data-qa}, {@code itemprop}, {@code name} of
	 * a section).
	 */
	private static String names(Element e) {
		String cls = e.className();
		String id = e.id();
		if (e.attributesSize() == 0) {
			return cls + " " + id;
		}
		StringBuilder sb = new StringBuilder(cls).append(' ').append(id);
		for (org.jsoup.nodes.Attribute a : e.attributes()) {
			String key = a.getKey();
			String v = a.getValue();
			if ((key.equals("itemprop") || key.startsWith("data-") && NAMING_ATTRIBUTE.matcher(key).matches())
					&& !v.isEmpty() && v.length() < 100) {
				sb.append(' ').append(v);
			}
		}
		String tag = e.normalName();
		if (tag.equals("section") || tag.equals("div")) {
			String name = e.attr("name");
			if (!name.isEmpty() && name.length() < 100) {
				sb.append(' ').append(name);
			}
		}
		return sb.toString();
	}

	/** Whether the element's names say it is a box of facts or key points of the article ("factbox", "infobox"). */
	public static boolean isFactBox(Element e) {
		String names = names(e);
		if (names.isBlank()) {
			return false;
		}
		for (String token : tokens(names)) {
			if (FACT_BOX.contains(token)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the element is hidden from readers (attribute, ARIA or inline style). */
	public static boolean isHidden(Element e) {
		if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
			return true;
		}
		String cls = e.className().toLowerCase(Locale.ROOT);
		if (!cls.isEmpty() && (cls.contains("sr-only") || cls.contains("screen-reader") || cls.contains("visually-hidden")
				|| cls.contains("visuallyhidden") || cls.contains("element-invisible"))) {
			return true;
		}
		String style = e.attr("style");
		if (style.isEmpty()) {
			return false;
		}
		String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
		return s.contains("display:none") || s.contains("visibility:hidden");
	}

	private static boolean hasNegativePrefix(String token) {
		if (token.startsWith("comment") && !token.startsWith("commentary")) {
			return true;
		}
		if (token.startsWith("subscriber")) {
			return false; // "subscriber-only", "subscriber-preview": the article's text for subscribers, not a call to subscribe
		}
		for (String prefix : NEGATIVE_PREFIXES) {
			if (token.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Lower-case tokens of a class or id list, split at punctuation and camelCase humps. A word with digits gives its
	 * letters only when the digits end it ({@code "mid1"}, {@code "col12"}); one where digits and letters alternate is
	 * a generated hash ({@code "sc-6d77a1d1-1"}, {@code "css-1vxca1d"}, {@code "e1h9rw200"}) and gives none, so that
	 * its letters do not spell a hint by chance ("d", "a", "d" would join into "ad").
	 */
	static List<String> tokens(String s) {
		List<String> out = new ArrayList<>();
		int n = s.length();
		int pos = 0;
		while (pos < n) {
			if (!Character.isLetterOrDigit(s.charAt(pos))) {
				pos++;
				continue;
			}
			int start = pos;
			while (pos < n && Character.isLetterOrDigit(s.charAt(pos))) {
				pos++;
			}
			int letters = start;
			while (letters < pos && Character.isLetter(s.charAt(letters))) {
				letters++;
			}
			boolean digitsEndIt = true;
			for (int j = letters; j < pos; j++) {
				digitsEndIt &= Character.isDigit(s.charAt(j));
			}
			if (digitsEndIt && letters > start) {
				camelWords(s, start, letters, out);
			}
		}
		// also the joined form, so that "share-bar" matches "sharebar" and "article-body" matches "articlebody"
		int single = Math.min(out.size(), 32);
		for (int i = 0; i + 1 < single; i++) {
			out.add(out.get(i) + out.get(i + 1));
		}
		return out;
	}

	/** The camelCase words of {@code s[start, end)} (letters only), lower-cased, added to {@code out}. */
	private static void camelWords(String s, int start, int end, List<String> out) {
		StringBuilder cur = new StringBuilder();
		char prev = ' ';
		for (int i = start; i < end; i++) {
			char c = s.charAt(i);
			if (Character.isUpperCase(c) && Character.isLowerCase(prev) && !cur.isEmpty()) {
				out.add(cur.toString());
				cur.setLength(0);
			}
			cur.append(Character.toLowerCase(c));
			prev = c;
		}
		out.add(cur.toString());
	}
}
