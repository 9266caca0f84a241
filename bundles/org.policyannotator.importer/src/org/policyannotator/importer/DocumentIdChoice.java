package org.policyannotator.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policyannotator.importer.internal.Romanizer;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;

/**
 * Chooses a new document's id: from the file name when it says something ({@code eu-china-summit.html} gives
 * {@code eu-china-summit}), from the title when the name is one that saved pages share ({@code source.html},
 * {@code index.html}, {@code article.htm}, a number or a hash), and from the title too when the name's id is taken and
 * the title's is not; a number is added only when both are taken ({@code -2}, {@code -3}, ...). Names and titles in
 * other scripts are spelled in Latin letters ({@code 国务院关于推进贸易高质量发展的意见} gives
 * {@code guo-wu-yuan-guan-yu-tui-jin-mao-yi-gao-zhi-liang-fa-zhan-de}, cut at 60 characters, {@code 한중 관계의 미래}
 * {@code hanjung-gwangyeui-milae}; Japanese, a title with kana or on a page in Japanese, by its Japanese reading:
 * {@code 日本政府、新たな経済対策を発表} gives {@code nippon-seifu-arata-na-keizai-taisaku-o-happyou}, not the pinyin of its
 * kanji), so that ids stay ASCII, valid file names on every system and the same in NFC and
 * NFD (as macOS stores names); a title with no letters or digits to spell gives its publication date and a short hash.
 */
final class DocumentIdChoice {
	private static final Set<String> GENERIC = Set.of("source", "index", "default", "page", "article", "story", "news",
			"content", "main", "document", "doc", "download", "file", "print", "view", "detail", "details", "post",
			"untitled", "text", "paper", "report", "home", "item", "show", "read", "output", "saved", "webpage");
	private static final Pattern NUMBERED = Pattern.compile("(.*?)[-_ ]?\\(?\\d{0,3}\\)?");
	private static final Pattern OPAQUE = Pattern.compile("[0-9._-]+|[0-9a-f]{16,}|[0-9a-f-]{32,}");
	private static final int TITLE_ID_LENGTH = 60;

	private DocumentIdChoice() {
	}

	static String choose(String fileName, Optional<String> title, Set<String> taken) {
		return choose(fileName, title, Optional.empty(), taken);
	}

	/**
	 * As {@link #choose(String, Optional, Set)}; a title without letters or digits to spell (e.g. only emoji), which
	 * gives no readable id, gives the publication date and a short hash of the title
	 * ({@code 2025-04-08-3fa2c1d0}) when the date is known.
	 */
	static String choose(String fileName, Optional<String> title, Optional<String> published, Set<String> taken) {
		return choose(fileName, title, published, Optional.empty(), taken);
	}

	/**
	 * As {@link #choose(String, Optional, Optional, Set)}, for a page in {@code language} (e.g. {@code ja}: a title
	 * in kanji only is read as Japanese).
	 */
	static String choose(String fileName, Optional<String> title, Optional<String> published, Optional<String> language,
			Set<String> taken) {
		boolean japanese = language.map(l -> l.toLowerCase(Locale.ROOT).startsWith("ja")).orElse(false);
		String fromName = DocumentIds.fromFileName(Romanizer.latin(fileName, japanese));
		Optional<String> fromTitle = title.filter(t -> !t.isBlank()).map(t -> idFromTitle(t, published, japanese))
				.filter(id -> id.length() <= TITLE_ID_LENGTH + 13);
		if (fromTitle.isPresent() && (isGeneric(fromName) || taken.contains(fromName))) {
			return DocumentIds.unique(fromTitle.get(), taken);
		}
		return DocumentIds.unique(fromName, taken);
	}

	private static String idFromTitle(String title, Optional<String> published, boolean japanese) {
		String id = DocumentIds.fromTitle(Romanizer.latin(title, japanese));
		boolean latin = id.chars().anyMatch(c -> c >= 'a' && c <= 'z') && !id.startsWith("doc-");
		Optional<String> day = published.filter(p -> p.matches("\\d{4}-\\d{2}-\\d{2}.*")).map(p -> p.substring(0, 10));
		if (latin || day.isEmpty()) {
			return id;
		}
		return day.get() + "-" + Document.sha256Of(title).substring(0, 8);
	}

	/** Whether an id from a file name tells nothing about the document ({@code source}, {@code index-2}, a hash). */
	static boolean isGeneric(String id) {
		String name = id.toLowerCase(Locale.ROOT);
		if (OPAQUE.matcher(name).matches()) {
			return true;
		}
		var m = NUMBERED.matcher(name);
		return GENERIC.contains(name) || m.matches() && GENERIC.contains(m.group(1));
	}
}
