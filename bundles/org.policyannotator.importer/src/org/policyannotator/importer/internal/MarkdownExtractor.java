package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.importer.ArticleMetadata;

/**
 * Markdown is imported as plain text with the markup stripped, so that annotators see what a reader sees: heading
 * marks, emphasis, inline code marks, link targets, images, block-quote marks, horizontal rules, code fences,
 * reference definitions and HTML comments go; list markers stay (they carry meaning: "1." or "-"). YAML front matter
 * supplies title, author and date when present; otherwise the title is the first heading, else the first line.
 */
public final class MarkdownExtractor {
	private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n(?:---|\\.\\.\\.)\\n", Pattern.DOTALL);
	private static final Pattern YAML_FIELD = Pattern.compile("^(\\w+)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$", Pattern.MULTILINE);
	private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
	private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
	private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
	private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
	// link texts stop at the next bracket: "[[[[..." must not make each "[" scan the rest of the line (quadratic)
	private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\[\\]]+]:\\s+\\S+.*$");
	private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]*)]\\([^()]*\\)");
	private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]+)](\\([^()]*\\)|\\[[^\\[\\]]*])");
	private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
	private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
	private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
	private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
	private static final Pattern CODE = Pattern.compile("`([^`]+)`");
	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private MarkdownExtractor() {
	}

	/** Extracts text and metadata from decoded Markdown. */
	public static Extraction extract(String decoded, String fileName) {
		String t = TextNormalizer.normalizeLineEnds(decoded).replace("\uFEFF", "");
		Optional<String> fmTitle = Optional.empty();
		Optional<String> fmAuthor = Optional.empty();
		Optional<String> fmDate = Optional.empty();
		Matcher fm = FRONT_MATTER.matcher(t);
		if (fm.find()) {
			Matcher field = YAML_FIELD.matcher(fm.group(1));
			while (field.find()) {
				String value = field.group(2).strip();
				if (value.isEmpty()) {
					continue;
				}
				switch (field.group(1).toLowerCase(java.util.Locale.ROOT)) {
					case "title" -> fmTitle = Optional.of(value);
					case "author", "byline" -> fmAuthor = Optional.of(value);
					case "date", "published" -> fmDate = DateNormalizer.normalize(value);
					default -> {
						// other fields are not metadata we keep
					}
				}
			}
			t = t.substring(fm.end());
		}
		t = COMMENT.matcher(t).replaceAll("");
		List<String> out = new ArrayList<>();
		java.util.Set<String> headings = new java.util.HashSet<>();
		Optional<String> firstHeading = Optional.empty();
		boolean inFence = false;
		for (String line : t.split("\n", -1)) {
			if (FENCE.matcher(line).matches()) {
				inFence = !inFence;
				continue;
			}
			if (inFence) {
				out.add(line);
				continue;
			}
			Matcher h = HEADING.matcher(line);
			if (h.matches()) {
				String heading = inline(h.group(1));
				headings.add(heading.strip());
				if (firstHeading.isEmpty()) {
					firstHeading = Optional.of(heading);
				}
				out.add("");
				out.add(heading);
				out.add("");
				continue;
			}
			if (SETEXT.matcher(line).matches() && !out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
				headings.add(out.get(out.size() - 1).strip());
				if (firstHeading.isEmpty()) {
					firstHeading = Optional.of(out.get(out.size() - 1));
				}
				out.add("");
				continue;
			}
			if (RULE.matcher(line).matches() || REFERENCE.matcher(line).matches()) {
				out.add("");
				continue;
			}
			out.add(inline(QUOTE.matcher(line).replaceFirst("")));
		}
		String text = PlainTextExtractor.clean(String.join("\n", out));
		Optional<String> heading = firstHeading;
		Optional<String> title = fmTitle.or(() -> heading).or(() -> PlainTextExtractor.title(text, fileName));
		ArticleMetadata metadata = new ArticleMetadata(title, fmAuthor, fmDate, Optional.empty(), Optional.empty(),
				Optional.empty());
		return Extraction.of(TextJoiner.split(text, headings), metadata, "markdown-stripped");
	}

	private static String inline(String line) {
		String s = IMAGE.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		s = AUTOLINK.matcher(s).replaceAll("$1");
		s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
		s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
		s = STRIKE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		return s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])", "$1");
	}
}
