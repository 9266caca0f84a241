package org.policyannotator.suggest.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.AttributeValue;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggestion;
import org.policyannotator.suggest.internal.Antecedents;
import org.policyannotator.suggest.internal.BodyReferences;
import org.policyannotator.suggest.internal.Genders;
import org.policyannotator.suggest.internal.Genders.Gender;
import org.policyannotator.suggest.internal.Interviews;
import org.policyannotator.suggest.internal.Mentions;
import org.policyannotator.suggest.internal.Mentions.Mention;
import org.policyannotator.suggest.internal.RoleNames;
import org.policyannotator.model.text.Sentences;
import org.policyannotator.suggest.internal.SpeakerRegistry;
import org.policyannotator.suggest.internal.SpeechFrames;

/**
 * Speakers and attribution: for each quote found before, the speaker named by the reporting verb in its sentence
 * ("..., said X", "X told ... that"), else the speaker of the quote just before it in the same or the previous
 * paragraph (a quote continued over sentences). "he/she" refer to the last named speaker. One speaker per person
 * per document (Xi, Xi Jinping, President Xi are one), tagged at the first mention of the fullest name, and each
 * quote linked to it with {@code said-by}.
 */
public final class AttributionSuggester implements Suggester {
	/** This rule's id. */
	public static final String ID = "org.policyannotator.suggest.attribution";
	private static final String VERB = "said|says|added|adds|told|tells|remarked|noted|asked|explained|wrote|writes"
			+ "|(?:was |were )?quoted (?:by [^,.\"“”;]{1,50}? )?as saying|posted|tweeted|cautioned|conceded|affirmed"
			+ "|stressed|continued|insisted|argued|recalled|warned|emphasi[sz]ed|stated|declared|replied|exclaimed"
			+ "|recalls|explains|notes|insists|argues|warns|stresses|continues|admits|admitted|concedes|replies"
			+ "|remembers|remembered"
			+ "|sagte|sagt|erklärte|betonte|dit|a dit|a déclaré|déclare|a affirmé|dijo|afirmó|declaró|señaló|disse|afirmou";
	/** A short sentence of action: "She laughs.", "He pauses.", "Okafor shrugs and looks away." */
	private static final Pattern ACTION = Pattern.compile("(?<subj>He|She|They|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)"
			+ "\\s+\\p{Ll}+(?:s|ed)\\b(?:\\s+[\\p{L}'’-]+){0,5}[.!]");
	private static final Pattern AFTER_VERB_FIRST = Pattern.compile("^[\\s,.!?\"”’»」]*(?:" + VERB + ")\\s+(?<subj>[^.\"“”;]{1,120}?)(?=[,.;]|$)");
	private static final Pattern AFTER_SUBJECT_FIRST = Pattern.compile("^[\\s,.!?\"”’»」]*(?<subj>[^.\"“”;]{1,140}?)\\s+(?:" + VERB + ")\\b");
	/** How far before a quote its attribution ("X said:") can start: BEFORE's longest match with room to spare. */
	private static final int BEFORE_REACH = 400;
	/** A reporting verb and what may follow it up to the quote's opening mark: "said on Monday that \"". */
	private static final String VERB_TO_QUOTE = "(?:" + VERB + "|(?:" + SpeechFrames_VERBS.ALL
			+ "))(?:\\s+[^,.\"“”]{0,40}?)?(?:\\s+that)?[,:]?\\s*[\"“«„「]?$";
	private static final Pattern BEFORE = Pattern.compile("(?<subj>[^.\"“”;]{1,160}?)\\s+" + VERB_TO_QUOTE);

	/** The end of {@link #BEFORE} without its subject, searched for first (a cheap look). */
	private static final Pattern VERB_AT_END = Pattern.compile("\\s" + VERB_TO_QUOTE);
	/** How far before the quote {@link #VERB_AT_END} can start (the longest verb and its tail). */
	private static final int VERB_AT_END_REACH = 300;

	/** The full stop of a title before a name ("said Dr. Anjali Rao"): read as a space, offsets unchanged. */
	private static final Pattern ABBREVIATION = Pattern.compile("\\b(Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd"
			+ "|[DRI]-[A-Z][A-Za-z]{1,5})\\.");

	/** The line that signs a quote paragraph: a dash, the name, then a comma and the role or the line's end. */
	private static final Pattern SIGNATURE = Pattern.compile("\\s*\\n[\\h\\n]*[-–—]\\h*(?<name>\\p{Lu}[^,\\n]{1,60}?)\\h*(?:,|\\n|$)");
	private static final Pattern SPOKESPERSON = Pattern.compile("the (?:spokesperson|spokesman|spokeswoman)");
	/** A role named before the person after "said": "the society's reef campaigner" (ends in a lower-case noun). */
	private static final Pattern ROLE_FIRST = Pattern.compile("(?:the|its|his|her|their)\\s+(?:[^,]{0,80}\\s)?(?:\\p{Ll}[\\p{L}-]*"
			+ "|(?:Minister|Secretary|Director|Governor|President|Chair|Head|Commissioner)\\s+(?:of|for)\\s+[^,]{2,60})");
	/** The name in apposition after such a role: ", Ben Harris." up to the next comma or the sentence's end. */
	private static final Pattern NAME_AFTER_ROLE = Pattern.compile(
			",\\s+(?:(?:\\p{Ll}[\\p{L}-]*|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Prof\\.?)\\s+){0,2}" // "economist X", "Dr X"
			+ "(?<name>\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|van|von|de|der|da|bin|al))+)\\s*(?=[,.;]|$)");
	/** Creates the rule. */
	public AttributionSuggester() {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "Speakers of quotes (one per person per document) and said-by links from each quote";
	}

	@Override
	public Set<String> types() {
		return Set.of("speaker", "quote");
	}

	@Override
	public List<Suggestion> suggest(SuggestContext context) {
		String text = context.text();
		List<Suggestion> quotes = context.found().stream().filter(s -> s.type().equals("quote"))
				.sorted(java.util.Comparator.comparingInt(Suggestion::start)).toList();
		SpeakerRegistry registry = new SpeakerRegistry(text);
		Map<String, Integer> speakerOfQuote = new LinkedHashMap<>();
		Integer previousSpeaker = null;
		int previousQuoteEnd = -1;
		for (Suggestion quote : quotes) {
			Optional<Mention> mention = mention(context, quote);
			Integer speaker = null;
			if (mention.isPresent() && Mentions.isTitleReference(mention.get())) {
				Mention title = mention.get(); // "the minister": the person last named with that title
				mention = Mentions.titled(text, title).or(() -> Optional.of(Mentions.isBodyReference(title)
						? new Mention(title.start(), title.end(), title.name(), "", false, false) : title));
			}
			Integer previous = previousSpeaker;
			Integer body = mention.flatMap(m -> BodyReferences.resolve(context, m, quote.start(), registry, previous))
					.orElse(null);
			Gender said = mention.filter(Mention::pronoun).map(m -> Genders.ofPronoun(m.name())).orElse(Gender.UNKNOWN);
			if (body != null) {
				mention = Optional.empty(); // "the committee said": the committee named before
				speaker = body;
			} else if (mention.isPresent() && mention.get().pronoun() && previousSpeaker != null
					&& close(context, previousQuoteEnd, quote.start()) && fits(registry, previousSpeaker, mention.get())
					&& !Antecedents.isEmbedded(text, mention.get())) {
				mention = Optional.empty(); // "he said" right after a quote of someone: that someone
				speaker = previousSpeaker;
			} else if (mention.isPresent() && mention.get().pronoun()) {
				Mention pronoun = mention.get(); // a role no one was named with before ("the governor") stays itself
				Mention unresolved = Mentions.isTitleReference(pronoun)
						? new Mention(pronoun.start(), pronoun.end(), pronoun.name(), "", false, false) : pronoun;
				mention = Mentions.isTitleReference(pronoun) ? Optional.of(unresolved) // "the minister", named with it by no one
						: Antecedents.of(context, pronoun, context.sentences().indexAt(quote.start()), registry)
								.or(() -> Optional.of(unresolved));
			}
			if (mention.isPresent()) {
				Mention m = mention.get();
				Integer named = m.pronoun() ? null
						: BodyReferences.resolve(context, m, quote.start(), registry, previousSpeaker).orElse(null);
				speaker = named != null ? named : registry.resolve(m, quote.start());
			}
			if (speaker == null && previousSpeaker != null && close(context, previousQuoteEnd, quote.start())
					&& registry.gender(previousSpeaker).compatible(said)) {
				speaker = previousSpeaker; // a quote continued, unless "she said" follows a man's
			}
			if (speaker != null) {
				registry.observe(speaker, said);
				speakerOfQuote.put(quote.key(), speaker);
				previousSpeaker = speaker;
				previousQuoteEnd = quote.end();
			}
		}
		Map<Integer, Integer> firstQuote = new LinkedHashMap<>();
		for (Suggestion quote : quotes) {
			Integer speaker = speakerOfQuote.get(quote.key());
			if (speaker != null) {
				firstQuote.putIfAbsent(speaker, quote.start());
			}
		}
		Map<Integer, Integer> named = RoleNames.named(text, context.sentences(), registry, firstQuote);
		speakerOfQuote.replaceAll((quote, speaker) -> named.getOrDefault(speaker, speaker));
		List<String> keys = new ArrayList<>();
		List<Suggestion> result = new ArrayList<>();
		for (SpeakerRegistry.Person person : registry.persons()) {
			String key = context.newKey();
			keys.add(key);
			if (named.containsKey(keys.size() - 1)) {
				continue; // "the governor", named later: the person's speaker
			}
			Map<String, AttributeValue> attributes = new LinkedHashMap<>();
			attributes.put("name", new AttributeValue.Text(person.name()));
			if (!person.role().isEmpty()) {
				attributes.put("role", new AttributeValue.Text(person.role()));
			}
			result.add(Suggestion.of(key, "speaker", person.start(), person.end(), attributes, ID));
		}
		for (Suggestion quote : quotes) {
			Integer speaker = speakerOfQuote.get(quote.key());
			if (speaker != null) {
				result.add(quote.withLink(new Suggestion.Link("said-by", keys.get(speaker))));
			}
		}
		return result;
	}

	private static boolean close(SuggestContext context, int previousEnd, int start) {
		if (previousEnd < 0) {
			return false;
		}
		Sentences s = context.sentences();
		int a = s.indexAt(previousEnd - 1);
		int b = s.indexAt(start);
		return b - a <= 1 && s.paragraph(b) - s.paragraph(a) <= 2; // one blank line between paragraphs at most
	}

	private static Optional<Mention> mention(SuggestContext context, Suggestion quote) {
		Optional<Mention> found = namedMention(context, quote);
		if (found.isEmpty()) {
			found = nextSentenceSubject(context, quote);
		}
		if (found.isEmpty()) {
			found = actionBefore(context, quote);
		}
		if (found.isEmpty()) {
			found = signatureBelow(context.text(), quote);
		}
		if (found.isEmpty()) {
			found = Interviews.speakerOf(context, quote.start(), quote.end());
		}
		return found;
	}

	/**
	 * A quote that is a paragraph of its own, signed on the line below it, as in the "Quotes" section of a news
	 * release: "“...”" then "- Dr. Anil Sharma, President, Ontario College of Family Physicians". The name.
	 */
	private static Optional<Mention> signatureBelow(String text, Suggestion quote) {
		int lineStart = text.lastIndexOf('\n', quote.start() - 1) + 1;
		int lineEnd = text.indexOf('\n', quote.end());
		if (lineEnd < 0 || text.substring(lineStart, quote.start()).strip().length() > 1
				|| text.substring(quote.end(), lineEnd).strip().length() > 2) {
			return Optional.empty();
		}
		Matcher m = SIGNATURE.matcher(text).region(lineEnd, text.length());
		return m.lookingAt() ? Mentions.of(text, m.start("name"), m.end("name")) : Optional.empty();
	}

	/**
	 * Whether the pronoun {@code said} can mean speaker {@code i}: "it" a body, "he" or "she" a person of that gender,
	 * "the spokesperson" anyone who speaks (a body through its spokesperson).
	 */
	private static boolean fits(SpeakerRegistry registry, int i, Mention said) {
		String word = said.name().strip().toLowerCase(java.util.Locale.ROOT);
		boolean body = registry.isBodyAt(i);
		if (word.equals("it")) {
			return body;
		}
		if (SPOKESPERSON.matcher(word).matches()) {
			return true;
		}
		if (word.startsWith("the ") && !body) {
			return false; // "the minister": Mentions.titled found no one named so, the last speaker included
		}
		Gender gender = Genders.ofPronoun(said.name());
		return !body && registry.gender(i).compatible(gender)
				&& (gender == Gender.UNKNOWN || !Mentions.isGenericPlural(registry.persons().get(i).name()));
	}

	/** A quote that is whole sentences, followed by a sentence opening with a person: "“...” Xi Jinping put forward". */
	private static Optional<Mention> nextSentenceSubject(SuggestContext context, Suggestion quote) {
		Sentences sentences = context.sentences();
		String text = context.text();
		int first = sentences.indexAt(quote.start());
		int last = sentences.indexAt(Math.max(quote.start(), quote.end() - 1));
		if (!standsAlone(context, quote) || last + 1 >= sentences.count()
				|| sentences.paragraph(last + 1) != sentences.paragraph(last)) {
			return Optional.empty();
		}
		return Mentions.sentenceSubject(text, sentences.start(last + 1), sentences.end(last + 1));
	}

	/** Whether the quote is its sentences, but for its quotation marks and final punctuation. */
	private static boolean standsAlone(SuggestContext context, Suggestion quote) {
		Sentences sentences = context.sentences();
		String text = context.text();
		int first = sentences.indexAt(quote.start());
		int last = sentences.indexAt(Math.max(quote.start(), quote.end() - 1));
		return text.substring(sentences.start(first), quote.start()).strip().length() <= 1
				&& text.substring(quote.end(), sentences.end(last)).strip().length() <= 2;
	}

	/**
	 * The subject of a short sentence of action just before a quote that stands alone, in the same paragraph: 'She
	 * laughs. "Ask me after the harvest."', 'Okafor shrugs. "..."': the one who acts is the one who speaks.
	 */
	private static Optional<Mention> actionBefore(SuggestContext context, Suggestion quote) {
		Sentences sentences = context.sentences();
		String text = context.text();
		int first = sentences.indexAt(quote.start());
		if (!standsAlone(context, quote) || first == 0 || sentences.paragraph(first - 1) != sentences.paragraph(first)) {
			return Optional.empty();
		}
		int s = sentences.start(first - 1);
		Matcher action = ACTION.matcher(text.substring(s, sentences.end(first - 1)));
		return action.matches() ? Mentions.of(text, s + action.start("subj"), s + action.end("subj")) : Optional.empty();
	}

	private static Optional<Mention> namedMention(SuggestContext context, Suggestion quote) {
		String text = context.text();
		Sentences sentences = context.sentences();
		int first = sentences.indexAt(quote.start());
		int last = sentences.indexAt(Math.max(quote.start(), quote.end() - 1));
		for (int i = first; i <= last; i++) {
			for (SpeechFrames.Frame f : SpeechFrames.inSentence(context, i)) {
				if (f.subjectEnd() > f.subjectStart() && f.clauseStart() < quote.end() && quote.start() < f.clauseEnd()
						&& (f.subjectEnd() <= quote.start() || f.subjectStart() >= quote.end()
								|| f.clauseStart() == quote.start() && f.clauseEnd() == quote.end())) {
					Optional<Mention> m = Mentions.of(text, f.subjectStart(), f.subjectEnd());
					if (m.isPresent()) {
						return m;
					}
				}
			}
		}
		int sentenceEnd = sentences.end(last);
		int after = Math.min(quote.end() + 1, sentenceEnd);
		String tail = ABBREVIATION.matcher(text.substring(after, Math.max(after, sentenceEnd))).replaceAll("$1 ");
		for (Pattern p : List.of(AFTER_VERB_FIRST, AFTER_SUBJECT_FIRST)) {
			Matcher m = p.matcher(tail);
			if (m.find()) {
				Optional<Mention> named = nameAfterRole(text, after, tail, m);
				if (named.isPresent()) {
					return named;
				}
				Optional<Mention> mention = Mentions.of(text, after + m.start("subj"), after + m.end("subj"));
				if (mention.isPresent()) {
					return mention;
				}
			}
		}
		int before = Math.max(sentences.start(first), quote.start() - 1);
		// BEFORE ends where the quote starts and spans at most about 300 characters: searched for only there, it is
		// found at the same place without trying every start of a long sentence
		int from = Math.max(sentences.start(first), before - BEFORE_REACH);
		String lead = text.substring(from, before);
		Matcher m = BEFORE.matcher(lead);
		if (VERB_AT_END.matcher(lead).region(Math.max(0, lead.length() - VERB_AT_END_REACH), lead.length()).find()
				&& m.find()) { // the verb at the end first: BEFORE tries every start of the lead when there is none
			return Mentions.of(text, from + m.start("subj"), from + m.end("subj"));
		}
		return introducedBefore(context, quote, first);
	}

	/**
	 * "said the society's reef campaigner, Ben Harris": the person named in apposition after a role that follows the
	 * verb, not the role; empty when no name follows the role.
	 */
	private static Optional<Mention> nameAfterRole(String text, int after, String tail, Matcher verbFirst) {
		if (verbFirst.pattern() != AFTER_VERB_FIRST || !ROLE_FIRST.matcher(verbFirst.group("subj")).matches()) {
			return Optional.empty();
		}
		Matcher name = NAME_AFTER_ROLE.matcher(tail).region(verbFirst.end("subj"), tail.length());
		if (!name.lookingAt()) {
			return Optional.empty();
		}
		return Mentions.of(text, after + name.start("name"), after + name.end("name")).filter(Mention::person);
	}

	/** "Minister X said:" as the sentence before a quote that opens its own: X. */
	private static Optional<Mention> introducedBefore(SuggestContext context, Suggestion quote, int sentence) {
		String text = context.text();
		Sentences sentences = context.sentences();
		if (sentence == 0 || text.substring(sentences.start(sentence), quote.start()).strip().length() > 1) {
			return Optional.empty();
		}
		int start = sentences.start(sentence - 1);
		String previous = text.substring(start, sentences.end(sentence - 1)).stripTrailing();
		if (!previous.endsWith(":")) {
			return Optional.empty();
		}
		Matcher m = BEFORE.matcher(previous);
		return m.find() ? Mentions.of(text, start + m.start("subj"), start + m.end("subj")) : Optional.empty();
	}

	private static final class SpeechFrames_VERBS {
		static final String ALL = "believes|believed|hoped|hopes|urged|underscored|underlined|pointed out|put it|表示|说";
	}
}
