package org.policyannotator.suggest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story's first sentence ("PARIS, 14 October — ", "SEOUL, Dec. 24 (Xinhua) -- ",
 * "GENEVA (Reuters) - ", "ABUJA, Nigeria (AFP) — ", "NEW DELHI: "), and the time stamp that opens a live blog's entry
 * ("14:02 ", "2.15pm GMT — "): part of no quote and no proposal, and not the subject of the sentence.
 */
public final class Datelines {
	private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}{2}[\\p{Lu} .'’-]{1,30}:\\s+(?=\\p{Lu})|^(?:\\p{Lu}[\\p{Lu} .'’-]{2,30}"
			+ "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)(?:,\\s*\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?(?=\\s*(?:\\(|—|–|--)))?(?:\\s*\\([^)]{1,30}\\))?(?:,\\s*[^—–\\n]{0,25}?(?:\\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
			+ "[^—–\\n]{0,20}?)?\\s*(?:—|–|--|-)\\s+"
			+ "|^\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s+(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|JST|KST|IST))?"
			+ "(?:\\s*(?:—|–|-|:))?\\s+(?=\\p{Lu})");

	private Datelines() {
	}

	/** Where the text after a leading dateline starts in {@code sentence} (0 when it has none). */
	public static int end(String sentence) {
		Matcher d = DATELINE.matcher(sentence);
		return d.lookingAt() && d.end() < sentence.length() ? d.end() : 0;
	}
}
