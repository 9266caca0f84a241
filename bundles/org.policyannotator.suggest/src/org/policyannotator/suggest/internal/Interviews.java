package org.policyannotator.suggest.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.text.Sentences;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.internal.Mentions.Mention;

/**
 * Who speaks in an interview or a portrait: the guest the headline names ("...: an interview with Lagos housing
 * commissioner Bisi Adeyemi"), else the one the introduction says it spoke to ("We spoke to Commissioner X about
 * ..."), else the person the first sentence opens with ("Lars Haugen has run ..."). The guest says the quote of such
 * a headline and the answers after "A:" of a question-and-answer text.
 */
public final class Interviews {
	/** "an interview with X", "in conversation with X", "Q&A with X", "talking to X" after a headline's colon. */
	private static final Pattern HEADLINE_GUEST = Pattern.compile("(?i:\\b(?:interview|conversation|q\\s*&\\s*a|talk|chat)s?"
			+ "\\s+with|\\btalking\\s+to|\\bspeaks\\s+to)\\s+(?<guest>[^:;\\n]{3,120})$");
	/** "We spoke to X about ...", "... talked with X, who ...", "sat down with X". */
	private static final Pattern INTRO_GUEST = Pattern.compile("\\b(?:spoke|talked|sat\\s+down)\\s+(?:to|with)\\s+"
			+ "(?<guest>[^,.;:\\n]{3,120}?)(?=\\s+(?:about|on|to|in|at|for|after|before|last|this)\\b|[,.;:]|$)");
	/** The label of an answer at the start of a paragraph. */
	private static final Pattern ANSWER = Pattern.compile("(?:A|Answer)\\s*[:.]\\s*$");
	/** How many paragraphs of the opening are searched for the guest. */
	private static final int INTRO_PARAGRAPHS = 3;

	private Interviews() {
	}

	/**
	 * The guest, when the quote opens a headline before a colon ("'We cannot tax our way out of this': Norway's
	 * finance minister on the oil fund") or is an answer ("A: "...""); empty otherwise or when no person is found.
	 */
	public static Optional<Mention> speakerOf(SuggestContext context, int quoteStart, int quoteEnd) {
		String text = context.text();
		if (isHeadlineQuote(text, quoteStart, quoteEnd)) {
			return headlineGuest(text).or(() -> introGuest(context)).or(() -> openingPerson(context));
		}
		if (isAnswer(text, quoteStart)) {
			return headlineGuest(text).or(() -> introGuest(context));
		}
		return Optional.empty();
	}

	private static boolean isHeadlineQuote(String text, int quoteStart, int quoteEnd) {
		int lineEnd = text.indexOf('\n');
		return lineEnd >= 0 && quoteEnd <= lineEnd && quoteStart <= 1 && text.indexOf(':', quoteEnd) == quoteEnd + 1;
	}

	/** Whether the quote's paragraph opens with an answer's label before it: "A: "We will ..."". */
	static boolean isAnswer(String text, int quoteStart) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, quoteStart - 1)) + 1;
		String before = text.substring(lineStart, Math.max(lineStart, quoteStart - 1));
		return before.length() <= 12 && ANSWER.matcher(before).matches();
	}

	/** The person the first line names after "interview with" and the like. */
	static Optional<Mention> headlineGuest(String text) {
		int lineEnd = text.indexOf('\n');
		Matcher m = HEADLINE_GUEST.matcher(text).region(0, lineEnd < 0 ? text.length() : lineEnd);
		return m.find() ? person(text, m.start("guest"), m.end("guest")) : Optional.empty();
	}

	private static Optional<Mention> introGuest(SuggestContext context) {
		Sentences sentences = context.sentences();
		String text = context.text();
		for (int i = 0; i < sentences.count() && sentences.paragraph(i) - sentences.paragraph(0) <= INTRO_PARAGRAPHS * 2; i++) {
			Matcher m = INTRO_GUEST.matcher(text).region(sentences.start(i), sentences.end(i));
			if (m.find()) {
				return person(text, m.start("guest"), m.end("guest"));
			}
		}
		return Optional.empty();
	}

	/** The person the article's first sentence after the headline opens with. */
	private static Optional<Mention> openingPerson(SuggestContext context) {
		Sentences sentences = context.sentences();
		for (int i = 1; i < sentences.count() && sentences.paragraph(i) - sentences.paragraph(0) <= 4; i++) {
			if (sentences.paragraph(i) != sentences.paragraph(0)) {
				return Mentions.sentenceSubject(context.text(), sentences.start(i), sentences.end(i))
						.filter(Mention::person);
			}
		}
		return Optional.empty();
	}

	private static Optional<Mention> person(String text, int start, int end) {
		return Mentions.of(text, start, end).filter(m -> m.person() && !m.pronoun() && m.name().contains(" "));
	}
}
