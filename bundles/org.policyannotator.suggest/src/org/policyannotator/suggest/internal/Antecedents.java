package org.policyannotator.suggest.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.text.Sentences;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.internal.Genders.Gender;
import org.policyannotator.suggest.internal.Mentions.Mention;

/**
 * Whom a pronoun that reports a quote refers to: "he" and "she" the person who reports something or opens one of the
 * sentences before (skipping persons of the other gender), "it" the body that opens its own sentence ("The bank
 * raised ..., a measure it said would ...") or one before ("The union called ... It said ...").
 */
public final class Antecedents {
	/** How many sentences before the pronoun's are searched. */
	private static final int REACH = 3;
	/** How many sentences beyond {@link #REACH} a person's full name opening a sentence is still searched for. */
	private static final int FAR_REACH = 8;
	/** The noun phrase that opens a sentence and names a body: "The Samyukt Kisan Morcha", "Nigeria's central bank". */
	private static final Pattern BODY_OPENING = Pattern.compile("(?:(?:The|the)\\s+)?(?:\\p{Lu}[\\p{L}'’&.+-]*"
			+ "(?:\\s+(?:of|for|and|&|on|de|the)(?=\\s+\\p{Lu}))?\\s+){0,6}"
			+ "(?<head>\\p{Lu}[\\p{L}'’&.+-]*|(?:[\\p{Ll}-]+\\s+){0,2}?" + bodyNouns() + ")"
			+ "(?=\\s*(?:\\([^)]{1,12}\\))?(?:,|\\s+\\p{Ll}))");
	private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
	/** One to four capitalized words that open a sentence before a comma or a lower-case word. */
	private static final Pattern NAME_OPENING = Pattern.compile("(?!(?:The|A|An|It|This|There|In|On|At|He|She|They)\\b)"
			+ "(?<name>\\p{Lu}[\\p{L}'’&.+-]*(?:\\h+\\p{Lu}[\\p{L}'’&.+-]*){0,3})(?=,|\\h+\\p{Ll})");
	/** An apposition that says a name is a body's: ", a network of ...", ", the country's largest union,". */
	private static final Pattern BODY_APPOSITION = Pattern.compile("\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?"
			+ "(?:network|group|coalition|alliance|organi[sz]ation|company|firm|union|association|federation|charity|body"
			+ "|agency|institute|think\\s+tank|lobby|party|bank|fund|council|consortium|movement|watchdog|regulator)\\b");
	/** What comes before a pronoun inside a clause: "a measure it", "ratios, which he". */
	private static final Pattern EMBEDDING = Pattern.compile("(?:\\b(?:which|that|whom|what)|\\b(?:a|an|the|this|its|his|her"
			+ "|their)\\s+[\\p{Ll}-]+)\\s+$");

	private Antecedents() {
	}

	/** The nouns that end a body's description: "the central bank", "Spain's government", "the regulator". */
	private static String bodyNouns() {
		java.util.Set<String> nouns = new java.util.TreeSet<>(Mentions.organisationWords());
		nouns.addAll(java.util.List.of("government", "administration", "cabinet", "regulator", "lender", "parliament",
				"senate", "congress", "police", "army", "military", "coalition", "alliance", "watchdog", "operator",
				"airline", "carrier", "insurer", "miner", "producer", "maker", "exchange", "utility", "team", "club"));
		return "(?:" + String.join("|", nouns) + ")";
	}

	/**
	 * What {@code pronoun} (the speaker of a quote in sentence {@code sentence}) refers to, or empty: a mention of the
	 * sentence itself when the pronoun is not its first word, else of the sentences before it in reach.
	 */
	public static Optional<Mention> of(SuggestContext context, Mention pronoun, int sentence, SpeakerRegistry registry) {
		Sentences sentences = context.sentences();
		String text = context.text();
		boolean body = pronoun.name().strip().equalsIgnoreCase("it");
		Gender gender = Genders.ofPronoun(pronoun.name());
		Optional<Mention> unnamed = Optional.empty(); // "The company": used when no body before is named
		int first = pronoun.start() > sentences.start(sentence) + 1 ? sentence : sentence - 1; // "..., which he said"
		for (int i = first; i >= Math.max(0, sentence - REACH); i--) {
			if (sentences.paragraph(sentence) - sentences.paragraph(i) > 4) { // two paragraphs back at most (a blank line counts)
				break;
			}
			Optional<Mention> subject = body || i == sentence ? Optional.empty() : reporter(context, i, gender, registry);
			if (subject.isEmpty()) {
				subject = opening(context, i, body, gender, registry);
			}
			if (subject.isPresent() && body && subject.get().name().toLowerCase(Locale.ROOT).startsWith("the ")
					&& Character.isLowerCase(lastWord(subject.get().name()).charAt(0))
					&& registry.lastBodyEndingIn(lastWord(subject.get().name())) == null) {
				unnamed = unnamed.isPresent() ? unnamed : subject;
			} else if (subject.isPresent()) {
				return subject;
			}
		}
		Integer last = body && unnamed.isPresent() ? registry.lastBody() : null;
		if (last != null) { // "The agency has recommended ... It said": the body quoted last
			SpeakerRegistry.Person p = registry.persons().get(last);
			return Optional.of(new Mention(p.start(), p.end(), p.name(), "", false, true));
		}
		return unnamed.isPresent() || gender == Gender.UNKNOWN ? unnamed : namedPersonBefore(context, sentence - REACH - 1, gender, registry);
	}

	/**
	 * A person named in full ("Senator Ana Villanueva filed ...") opening one of the {@link #FAR_REACH} sentences before
	 * {@code from} (inclusive), when "he" or "she" finds no one nearer: a numbered list or a long quote between the
	 * two. Empty if none in reach.
	 */
	private static Optional<Mention> namedPersonBefore(SuggestContext context, int from, Gender gender,
			SpeakerRegistry registry) {
		Sentences sentences = context.sentences();
		for (int i = from; i >= Math.max(0, from - FAR_REACH + 1); i--) {
			Optional<Mention> opening = Mentions.sentenceSubject(context.text(), sentences.start(i), sentences.end(i))
					.filter(m -> m.person() && m.name().strip().contains(" ") && fits(context.text(), m, gender, registry));
			if (opening.isPresent()) {
				return opening;
			}
		}
		return Optional.empty();
	}

	private static String lastWord(String name) {
		String[] words = name.strip().split("\\s+");
		return words[words.length - 1];
	}

	/**
	 * Whether {@code pronoun} stands inside a clause of its sentence ("a measure it said would", "which he said"), so
	 * that it means the sentence's own subject rather than the last speaker.
	 */
	public static boolean isEmbedded(String text, Mention pronoun) {
		return EMBEDDING.matcher(text.substring(Math.max(0, pronoun.start() - 40), pronoun.start())).find();
	}

	/** The person or body that opens sentence {@code i}, if it is what the pronoun can mean. */
	private static Optional<Mention> opening(SuggestContext context, int i, boolean body, Gender gender,
			SpeakerRegistry registry) {
		String text = context.text();
		int start = context.sentences().start(i);
		int end = context.sentences().end(i);
		Optional<Mention> opening = Mentions.sentenceSubject(text, start, end);
		if (body) { // "The bank raised ...", "Codelco lowered ...": not a person of either gender
			return bodyOpening(text, start, end).or(() -> opening.filter(m -> !m.name().contains(" ")
					&& registry.genderOf(m.name()) == Gender.UNKNOWN && Genders.ofName(m.name()) == Gender.UNKNOWN));
		}
		Optional<Mention> subject = opening.isPresent() ? opening : Mentions.titledSubject(text, start, end);
		return subject.filter(m -> fits(text, m, gender, registry)); // "The minister rejects that.": the minister
	}

	/** The named person who reports something in a sentence ("In an interview, scientist X said ..."). */
	private static Optional<Mention> reporter(SuggestContext context, int sentence, Gender gender,
			SpeakerRegistry registry) {
		String text = context.text();
		for (SpeechFrames.Frame f : SpeechFrames.inSentence(context, sentence)) {
			if (f.subjectEnd() > f.subjectStart()) {
				Optional<Mention> m = Mentions.of(text, f.subjectStart(), f.subjectEnd())
						.filter(x -> x.person() && !x.pronoun());
				if (m.isPresent()) {
					return m.filter(x -> fits(text, x, gender, registry));
				}
			}
		}
		return Optional.empty();
	}

	/** Whether a person mention can be meant by a pronoun of {@code gender}: not a body, and no other gender. */
	private static boolean fits(String text, Mention m, Gender gender, SpeakerRegistry registry) {
		if (SpeakerRegistry.isBodyName(m.name()) || Mentions.isGenericPlural(m.name())) {
			return false;
		}
		Gender known = registry.genderOf(m.name());
		if (known == Gender.UNKNOWN) {
			known = Genders.of(text, m.start(), m.end(), m.name(), m.role());
		}
		return known.compatible(gender);
	}

	/**
	 * The body named by its proper name at the opening of one of the sentences before {@code sentence} ("The Public
	 * Health Committee published ..."), whose name ends in {@code noun} unless that is null; empty if none in reach.
	 */
	public static Optional<Mention> namedBodyBefore(SuggestContext context, int sentence, String noun) {
		Sentences sentences = context.sentences();
		for (int i = sentence - 1; i >= Math.max(0, sentence - REACH); i--) {
			if (sentences.paragraph(sentence) - sentences.paragraph(i) > 4) {
				break;
			}
			Optional<Mention> body = bodyOpening(context.text(), sentences.start(i), sentences.end(i))
					.filter(m -> m.person() && (noun == null || lastWord(m.name()).equalsIgnoreCase(noun)));
			if (body.isPresent()) {
				return body;
			}
		}
		return Optional.empty();
	}

	/**
	 * The proper name that opens {@code text[start, end)} when it names no person the text gives a gender ("Tata Steel
	 * UK will cut ...", "Thames Water, which ..."): what "the company said" can mean; empty otherwise.
	 */
	public static Optional<Mention> nameOpening(String text, int start, int end, SpeakerRegistry registry) {
		int from = start + Datelines.end(text.substring(start, end));
		Matcher m = NAME_OPENING.matcher(text).region(from, end);
		if (!m.lookingAt() || Mentions.isGenericPlural(m.group("name"))
				|| !m.group("name").contains(" ") && !Mentions.namedElsewhere(text, m.group("name")) // "Most of ..."
				|| Genders.ofName(m.group("name")) != Gender.UNKNOWN
				|| registry.genderOf(m.group("name")) != Gender.UNKNOWN || Mentions.isTitle(m.group("name").split(" ")[0])) {
			return Optional.empty();
		}
		return Optional.of(new Mention(m.start("name"), m.end("name"), m.group("name"), "", false, true));
	}

	/** The body named by the noun phrase that opens {@code text[start, end)}, or empty. */
	public static Optional<Mention> bodyOpening(String text, int start, int end) {
		int from = start + Datelines.end(text.substring(start, end));
		Matcher m = BODY_OPENING.matcher(text).region(from, end);
		if (!m.lookingAt()) {
			return Optional.empty();
		}
		String np = m.group().strip();
		String first = np.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		if (!np.contains(" ") && first.equals("the")) {
			return Optional.empty(); // "The report finds ...": "The" alone names nothing
		}
		if (first.equals("it") || first.equals("this") || first.equals("there") || first.equals("he")
				|| first.equals("she") || Genders.ofName(np) != Gender.UNKNOWN) {
			return Optional.empty();
		}
		String head = m.group("head");
		boolean lowerHead = Character.isLowerCase(head.charAt(0));
		boolean namedBody = !lowerHead && (first.equals("the") || SpeakerRegistry.isBodyName(np)
				|| BODY_APPOSITION.matcher(text).region(m.end(), end).lookingAt()); // "X, a network of 200 food banks,"
		boolean nounBody = lowerHead && (first.equals("the")
				|| POSSESSIVE.matcher(np.split("\\s+", 2)[0]).find());
		if (!namedBody && !nounBody) {
			return Optional.empty();
		}
		int s = m.start();
		if (namedBody && np.startsWith("The ")) { // "The Samyukt Kisan Morcha": the name without the article
			s += 4;
			np = np.substring(4);
		}
		return Optional.of(new Mention(s, s + np.length(), np, "", false, namedBody));
	}
}
