package org.policyannotator.suggest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggestion;

/**
 * A user's rule: every occurrence of a text (whole words, case ignored) or every match of a regular expression is
 * suggested with one tag type. Rules are kept with the corpus ({@link org.policyannotator.suggest.UserRules}).
 */
public final class PatternSuggester implements Suggester {
	private final String type;
	private final String source;
	private final Pattern pattern;
	private final boolean regex;

	/**
	 * @param type   the tag type suggested
	 * @param source the text or the regular expression
	 * @param regex  whether {@code source} is a regular expression (else a literal text matched as whole words)
	 * @throws java.util.regex.PatternSyntaxException if the regular expression is invalid
	 */
	public PatternSuggester(String type, String source, boolean regex) {
		this.type = type;
		this.source = source;
		this.regex = regex;
		this.pattern = regex ? Pattern.compile(source)
				: Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(source) + "(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	@Override
	public String id() {
		return "user-rule:" + type + ":" + (regex ? "regex:" : "text:") + source;
	}

	@Override
	public String description() {
		return "Every " + (regex ? "match of /" + source + "/" : "occurrence of '" + source + "'") + " as " + type;
	}

	@Override
	public Set<String> types() {
		return Set.of(type);
	}

	@Override
	public List<Suggestion> suggest(SuggestContext context) {
		List<Suggestion> found = new ArrayList<>();
		Matcher m = pattern.matcher(context.text());
		while (m.find()) {
			if (m.end() > m.start()) {
				found.add(Suggestion.of(context.newKey(), type, m.start(), m.end(), Map.of(), id()));
			}
		}
		return found;
	}
}
