package org.policyannotator.search;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What to look for in the documents' texts.
 *
 * @param text          the words to find, or a regular expression (Java syntax) when {@code regex}
 * @param regex         whether {@code text} is a regular expression
 * @param wholeWord     whether a hit must not start or end inside a word
 * @param caseSensitive whether upper and lower case differ
 */
public record TextQuery(String text, boolean regex, boolean wholeWord, boolean caseSensitive) {

	private static final String WORD = "[\\p{L}\\p{N}_]";

	public TextQuery {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("the text to search for is empty");
		}
	}

	/** Words to find as they are, ignoring case. */
	public static TextQuery literal(String text) {
		return new TextQuery(text, false, false, false);
	}

	/**
	 * The query as a compiled pattern.
	 *
	 * @throws QueryException if {@code text} is not a valid regular expression (the message says where and why)
	 */
	public Pattern compile() throws QueryException {
		String body = regex ? text : Pattern.quote(text);
		if (wholeWord) {
			body = "(?<!" + WORD + ")(?:" + body + ")(?!" + WORD + ")";
		}
		int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		try {
			return Pattern.compile(body, flags);
		} catch (PatternSyntaxException e) {
			throw new QueryException("invalid regular expression " + text + ": " + e.getDescription()
					+ (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""));
		} catch (StackOverflowError e) {
			throw new QueryException("invalid regular expression " + text + ": it is nested too deeply");
		}
	}
}
