package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes the site name that pages put around their headline in {@code <title>}: {@code "Headline | Site"},
 * {@code "Headline - Section - Site"}, {@code "Site: Headline"}, {@code "标题_新华网"}, {@code "标题-新华网"},
 * {@code "見出し：朝日新聞"} (a full-width colon only before the known site name or after the page's headline). A segment is removed when it
 * is the known site name, or when the headline found on the page is one of the segments; without either, only a
 * short last segment after a clear separator goes.
 */
public final class TitleCleaner {
	private static final String CJK = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]";
	private static final Pattern SEPARATOR = Pattern.compile(
			"\\s+[|\\-–—·•»:/]\\s+|\\s*[|｜_]\\s*|\\s*--\\s*|\\s*－\\s*|\\s+::\\s+|(?<=" + CJK + ")[-—–]+(?=" + CJK + ")");

	private TitleCleaner() {
	}

	/**
	 * @param raw      the title as the page gives it
	 * @param siteName the site name, if known
	 * @param headline the page's own headline ({@code <h1>}), if any
	 */
	public static Optional<String> clean(String raw, Optional<String> siteName, Optional<String> headline) {
		Optional<String> title = cleanOnce(raw, siteName, headline);
		for (int i = 0; i < 2 && title.isPresent(); i++) {
			Optional<String> again = cleanOnce(title.get(), Optional.empty(), headline);
			if (again.equals(title)) {
				break;
			}
			title = again;
		}
		return title;
	}

	private static Optional<String> cleanOnce(String raw, Optional<String> siteName, Optional<String> headline) {
		String title = TextNormalizer.collapse(raw);
		if (title.isEmpty()) {
			return Optional.empty();
		}
		int colon = title.lastIndexOf('：');
		if (colon > 0) { // "見出し：朝日新聞": a full-width colon before the site's name or after the headline
			String head = title.substring(0, colon).strip();
			String tail = title.substring(colon + 1).strip();
			if (siteName.map(site -> sameText(site, tail)).orElse(false)
					|| headline.map(h -> sameText(h, head)).orElse(false)) {
				return Optional.of(head);
			}
		}
		List<String> segments = new ArrayList<>(List.of(SEPARATOR.split(title)));
		segments.removeIf(String::isBlank);
		if (segments.size() <= 1) {
			return Optional.of(title);
		}
		if (headline.isPresent()) {
			String h = key(headline.get());
			for (String segment : segments) {
				if (key(segment).equals(h)) {
					return Optional.of(segment.strip());
				}
			}
		}
		if (siteName.isPresent()) {
			String site = key(siteName.get());
			String last = key(segments.get(segments.size() - 1));
			String first = key(segments.get(0));
			if (last.equals(site) || site.contains(last) && !last.isEmpty()) {
				return Optional.of(upTo(title, segments.size() - 1));
			}
			if (first.equals(site)) {
				return Optional.of(from(title, segments.get(1)));
			}
		}
		String last = segments.get(segments.size() - 1);
		String rest = upTo(title, segments.size() - 1);
		if (words(last) <= 4 && last.length() <= 40 && words(rest) >= Math.max(3, words(last) + 1)) {
			return Optional.of(rest);
		}
		return Optional.of(title);
	}

	/**
	 * The site name a title ends with, when the page does not name itself otherwise: the last segment that
	 * {@link #clean} removed from {@code raw}, if it is short enough to be a name ("Policy Notes", "GOV.EXAMPLE").
	 */
	public static Optional<String> siteSuffix(String raw, String cleaned) {
		String title = TextNormalizer.collapse(raw);
		if (cleaned.isEmpty() || title.length() <= cleaned.length() || !title.startsWith(cleaned)) {
			return Optional.empty();
		}
		String[] rest = SEPARATOR.split(title.substring(cleaned.length()).replaceFirst("^\\s*[-—–|｜_:/·•»]+\\s*", " | "));
		String last = rest.length == 0 ? "" : rest[rest.length - 1].strip();
		if (last.isEmpty() || last.length() > 60 || words(last) > 6 || last.matches("(?i).*\\d.*|page\\b.*")) {
			return Optional.empty();
		}
		return Optional.of(last);
	}

	/** The title up to (not including) the separator before segment {@code index}. */
	private static String upTo(String title, int index) {
		var m = SEPARATOR.matcher(title);
		int seen = 0;
		while (m.find()) {
			if (m.start() == 0) {
				continue;
			}
			seen++;
			if (seen == index) {
				return title.substring(0, m.start()).strip();
			}
		}
		return title;
	}

	private static String from(String title, String segment) {
		int i = title.indexOf(segment);
		return i < 0 ? title : title.substring(i).strip();
	}

	private static int words(String s) {
		int cjk = 0;
		for (int i = 0; i < s.length(); i++) {
			if (TextNormalizer.weight(s.charAt(i)) == 2) {
				cjk++;
			}
		}
		return s.isBlank() ? 0 : s.strip().split("\\s+").length + cjk / 2;
	}

	/** Whether two texts are the same but for case, spaces and punctuation. */
	static boolean sameText(String a, String b) {
		return key(a).equals(key(b));
	}

	/** Whether {@code text} starts with {@code prefix}, but for case, spaces and punctuation. */
	static boolean startsWithText(String text, String prefix) {
		String p = key(prefix);
		return !p.isEmpty() && key(text).startsWith(p);
	}

	/** Whether {@code text} ends with {@code suffix}, but for case, spaces and punctuation. */
	static boolean endsWithText(String text, String suffix) {
		String p = key(suffix);
		return !p.isEmpty() && key(text).endsWith(p);
	}

	/** Whether {@code text} contains {@code part}, but for case, spaces and punctuation. */
	static boolean containsText(String text, String part) {
		String p = key(part);
		return !p.isEmpty() && key(text).contains(p);
	}

	/**
	 * What follows {@code prefix} in {@code text}, when text starts with it but for case, spaces and punctuation;
	 * else the empty string.
	 */
	static String afterText(String text, String prefix) {
		String p = key(prefix);
		if (p.isEmpty()) {
			return "";
		}
		int matched = 0;
		for (int i = 0; i < text.length(); i++) {
			String k = key(String.valueOf(text.charAt(i)));
			if (!k.isEmpty()) {
				if (matched == p.length()) {
					return text.substring(i);
				}
				if (!p.startsWith(k, matched)) {
					return "";
				}
				matched += k.length();
			} else if (matched == p.length()) {
				return text.substring(i);
			}
		}
		return "";
	}

	private static String key(String s) {
		return TextNormalizer.lettersAndDigits(s);
	}
}
