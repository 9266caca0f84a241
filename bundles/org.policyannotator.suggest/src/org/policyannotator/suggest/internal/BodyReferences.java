package org.policyannotator.suggest.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.text.Sentences;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.internal.Mentions.Mention;

/**
 * Which body a definite description that reports a quote means: "the committee" the Justice Committee named before,
 * "the bank said" the central bank that opens the reported sentence, "the department" the Department for Education of
 * the release's header, "the group" or "the world's biggest carmaker" the body named before, "the report" the body
 * whose report it is.
 */
public final class BodyReferences {
	/** "the committee", "the cross-party committee", "the world's biggest carmaker". */
	private static final Pattern DEFINITE_BODY = Pattern.compile("(?i:the)\\s+(?:(?:[\\p{Ll}'’-]+\\s+){0,2}(?<noun>\\p{Ll}+)"
			+ "|(?<capital>Bank|Fund|Commission|Council|Committee|Ministry|Department|Agency|Organi[sz]ation|Union"
			+ "|Authority|Board|Court|Parliament|Assembly|Institute|Office|Government))"); // "the Bank": the World Bank
	/** "a regional climate centre", "a global hunger monitor". */
	private static final Pattern INDEFINITE_BODY = Pattern.compile("(?i:an?)\\s+(?:[\\p{Ll}.'’-]+\\s+){0,3}(?<noun>\\p{Ll}+)");
	/** A body's documents that speak for it: "the report says", "the statement said". */
	private static final Set<String> DOCUMENTS = Set.of("report", "statement", "communique", "communiqué", "document",
			"paper", "review", "submission", "letter", "release");
	/** Nouns a text calls any body by: "the lender said", "the group said", "the world's biggest carmaker said". */
	private static final Set<String> GENERIC_BODY_NOUNS = Set.of("lender", "group", "organisation", "organization",
			"body", "agency", "firm", "company", "fund", "institution", "carmaker", "automaker", "miner", "producer",
			"maker", "retailer", "exporter", "operator", "airline", "carrier", "insurer", "manufacturer", "chipmaker",
			"supplier", "utility", "regulator", "watchdog", "charity", "network", "coalition", "alliance", "giant",
			"conglomerate", "developer", "broadcaster", "newspaper", "outlet", "monitor");
	/** The patterns of a body described or named with a noun, per noun: made once. */
	/**
	 * The words before a body's noun that describe it by a proper name: "the Swiss glacier monitoring" (network),
	 * "The Ontario" (government), "Spain's consumer affairs" (ministry).
	 */
	private static final Pattern DESCRIBED_HEAD = Pattern.compile("(?:\\b(?i:the)\\h+|(?<![\\p{L}'’])(?=\\p{Lu}[\\p{L}.-]*['’]s\\h))"
			+ "(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\h+[\\p{L}'’-]+){0,4}?\\h+)$");
	private static final java.util.Map<String, Pattern> CAPITALIZED = new java.util.concurrent.ConcurrentHashMap<>();
	/** How far back a body's proper name is looked for. */
	private static final int REACH = 2_000;

	private BodyReferences() {
	}

	/**
	 * The speaker index {@code m} refers to if it is a definite description of a body, else empty.
	 *
	 * @param quoteStart where the quote it reports starts
	 * @param previous   the speaker of the quote before, or null
	 */
	public static Optional<Integer> resolve(SuggestContext context, Mention m, int quoteStart, SpeakerRegistry registry,
			Integer previous) {
		Matcher d = DEFINITE_BODY.matcher(m.name().strip());
		if (!d.matches()) {
			Optional<Integer> named = namedNext(context, m, quoteStart, registry);
			named.ifPresent(registry::markBody);
			return named;
		}
		String noun = (d.group("noun") != null ? d.group("noun") : d.group("capital")).toLowerCase(Locale.ROOT);
		Optional<Integer> body = referent(context, m, noun, quoteStart, registry, previous);
		body.ifPresent(b -> {
			registry.markBody(b);
			registry.describe(noun, b);
		});
		return body;
	}

	private static Optional<Integer> referent(SuggestContext context, Mention m, String noun, int quoteStart,
			SpeakerRegistry registry, Integer previous) {
		Sentences sentences = context.sentences();
		int i = sentences.indexAt(quoteStart);
		if (DOCUMENTS.contains(noun) && m.name().strip().split("\\s+").length == 2) { // "The report says": whose report
			Integer last = registry.lastBody();
			return last != null ? Optional.of(last)
					: Antecedents.namedBodyBefore(context, i, null).map(o -> registry.resolve(o, quoteStart));
		}
		boolean organisation = Mentions.isOrganisationWord(noun);
		Integer named = organisation ? registry.lastBodyEndingIn(noun) : null;
		if (named == null) { // "the company said" in the lead, "a spokesperson for the company" later: the same body
			named = registry.describedAs(noun);
		}
		if (named != null) {
			return Optional.of(named);
		}
		Optional<Mention> opening = Antecedents.bodyOpening(context.text(), sentences.start(i), sentences.end(i))
				.filter(o -> o.start() < m.start() && (o.name().toLowerCase(Locale.ROOT).endsWith(" " + noun)
						|| o.person() && GENERIC_BODY_NOUNS.contains(noun)));
		if (opening.isEmpty() && organisation) { // "The Public Health Committee published ...", "the Department for X"
			opening = Antecedents.namedBodyBefore(context, i, noun).or(() -> capitalizedBefore(context.text(), noun,
					m.start())).or(() -> describedBefore(context.text(), noun, m.start()));
		}
		if (opening.isPresent()) {
			return Optional.of(registry.resolve(opening.get(), quoteStart));
		}
		if (GENERIC_BODY_NOUNS.contains(noun)) { // "OPEC+ agreed ... The group said", "the utility IDAAN ... The utility said"
			opening = describedBefore(context.text(), noun, m.start())
					.or(() -> Mentions.bodyNamedAfter(context.text(), noun, Math.max(0, m.start() - REACH), m.start()))
					.or(() -> nameOpening(context, i, m.start(), registry)) // "Thames Water, which ..., will raise"
					.or(() -> Antecedents.namedBodyBefore(context, i, null));
			if (opening.isPresent()) {
				return Optional.of(registry.resolve(opening.get(), quoteStart));
			}
			if (previous != null && registry.isNotAPerson(previous)) {
				return Optional.of(previous); // "Feeding America, a network of food banks, said ... The group warned"
			}
			if (previous != null && Mentions.isGenericPlural(registry.persons().get(previous).name())) {
				return Optional.ofNullable(registry.bodyNamedBefore(previous)); // "X, and analysts warn ... The company said"
			}
		}
		return describedBefore(context.text(), noun, m.start()) // "The Ontario government is investing ..."
				.map(o -> registry.resolve(o, quoteStart));
	}

	/**
	 * "..., a regional climate centre warned on Tuesday." then "The IGAD Climate Prediction and Applications Centre
	 * said ...": a body described with an indefinite article is the body named at the opening of the next sentence
	 * (in the same or the next paragraph); empty if that sentence opens with no body's name.
	 */
	private static Optional<Integer> namedNext(SuggestContext context, Mention m, int quoteStart,
			SpeakerRegistry registry) {
		Matcher a = INDEFINITE_BODY.matcher(m.name().strip());
		if (!a.matches()) {
			return Optional.empty();
		}
		String noun = a.group("noun").toLowerCase(Locale.ROOT);
		if (!GENERIC_BODY_NOUNS.contains(noun) && !Mentions.isOrganisationWord(noun)) {
			return Optional.empty();
		}
		Sentences sentences = context.sentences();
		int i = sentences.indexAt(m.start());
		if (i + 1 >= sentences.count() || sentences.paragraph(i + 1) - sentences.paragraph(i) > 2) {
			return Optional.empty();
		}
		return Antecedents.bodyOpening(context.text(), sentences.start(i + 1), sentences.end(i + 1))
				.filter(Mention::person).map(o -> registry.resolve(o, quoteStart));
	}

	/** A proper name that opens the reported sentence before the mention, or the sentence before ("Thames Water, ..."). */
	private static Optional<Mention> nameOpening(SuggestContext context, int sentence, int before, SpeakerRegistry registry) {
		Sentences sentences = context.sentences();
		for (int k = sentence; k >= Math.max(0, sentence - 1); k--) {
			Optional<Mention> name = Antecedents.nameOpening(context.text(), sentences.start(k), sentences.end(k), registry)
					.filter(o -> o.end() < before);
			if (name.isPresent()) {
				return name;
			}
		}
		return Optional.empty();
	}

	/**
	 * The last body described by a proper name before {@code before} ("the Swiss glacier monitoring network",
	 * "Spain's consumer affairs ministry"), found from the noun back.
	 */
	private static Optional<Mention> describedBefore(String text, String noun, int before) {
		int from = Math.max(0, before - REACH);
		for (int at = text.lastIndexOf(noun, before - noun.length()); at >= from; at = text.lastIndexOf(noun, at - 1)) {
			int end = at + noun.length();
			if (at > 0 && Character.isLetter(text.charAt(at - 1))
					|| end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
				continue; // not the whole word
			}
			Matcher m = DESCRIBED_HEAD.matcher(text).region(Math.max(0, at - 60), at);
			if (m.find()) {
				return Optional.of(new Mention(m.start("name"), end, text.substring(m.start("name"), end), "", false, true));
			}
		}
		return Optional.empty();
	}

	/** The last proper name before {@code before} with {@code noun} capitalized in it: "Department for Education". */
	private static Optional<Mention> capitalizedBefore(String text, String noun, int before) {
		String capitalized = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
		Matcher m = CAPITALIZED.computeIfAbsent(capitalized, c -> Pattern.compile("(?:\\p{Lu}[\\p{L}'’&-]*\\h+){0,4}"
				+ Pattern.quote(c) + "\\b(?:\\h+(?:of|for|on)(?:\\h+the)?(?:\\h+(?:and\\h+)?\\p{Lu}[\\p{L}'’&-]*)+)?")).matcher(text)
				.region(Math.max(0, before - REACH), before);
		Mention last = null;
		while (m.find()) {
			String name = m.group().replaceFirst("^(?:The|A|An)\\s+", "");
			int start = m.end() - name.length();
			if (name.contains(" ")) {
				last = new Mention(start, m.end(), name, "", false, true);
			}
		}
		return Optional.ofNullable(last);
	}
}
