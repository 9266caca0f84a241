package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.text.Sentences;
import org.policyannotator.suggest.SuggestContext;

/**
 * Reported speech in one sentence: who (the subject of a reporting verb) and what (the reported clause). Patterns:
 * "X said (that) ...", "X told reporters ...", "X, role, stressed in a speech that ...", "..., X said." / "..., said X", "According to X, ...",
 * "As X pointed out, ...", "..., he noted, ..." and participles ("..., stressing that ...", "adding that ...", "saying the plan would ...").
 */
public final class SpeechFrames {
	/** Verbs of saying or stating a belief, past and present. */
	static final String VERBS = "said|says|say|warn|argue|insist|claim|stated|states|noted|notes|stressed|stresses"
			+ "|demanded|replied|replies|responded|retorted|projects|forecasts|ruled"
			+ "|emphasized|emphasised"
			+ "|emphasizes|emphasises|added|adds|pointed out|points out|warned|warns|argued|argues|believes|believed"
			+ "|believe|explained|explains|insisted|insists|claimed|claims|maintained|maintains|acknowledged"
			+ "|announced|announces|hoped|hopes|underlined|underscored|suggested|reiterated|observed|remarked"
			+ "|asserted|declared|declares|confirmed|confirms|admitted|predicted|predicts|reported|reports|wrote"
			+ "|writes|thinks|agreed|agrees|affirmed|affirms|reaffirmed|assured|promised|pledged|vowed|conceded"
			+ "|cautioned|complained|countered|disclosed|mentioned|(?:was |were )?quoted (?:by [^,.;\"“]{1,50}? )?as saying"
			+ "|told [^,.;\"“]{1,50}?|expressed (?:his|her|their|its|the) (?:hope|belief|confidence|conviction)"
			+ "|expressed hope|expressed confidence|recalled|revealed|contended|indicated|estimated|estimates|projected"
			+ "|forecast|estimate|predict|project|alleged|alleges|allege|admits|admit|concedes|acknowledges|recalls"
			+ "|reveals|complains|cautions|contends|considers|considered|concluded(?= that)|concludes(?= that)";
	/** Days and months: "officials said Friday", "the ministry said in March". */
	private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
			+ "|March|April|May|June|July|August|September|October|November|December";
	private static final String PARTICIPLES = "stressing|noting|adding|saying|emphasizing|emphasising|warning"
			+ "|arguing|explaining|insisting|pointing out|underscoring|underlining|reiterating|expressing hope|declaring"
			+ "|claiming|acknowledging|admitting|predicting|estimating";
	private static final Pattern SUBJECT_VERB_THAT = Pattern.compile("(?<verb>\\b(?:" + VERBS + "))\\b"
			+ "(?<adv>(?: (?!that\\b)(?:(?!\\b(?:but|and)\\s)[^,.;\"“]){1,60}?)?) that\\b,?");
	private static final Pattern SUBJECT_VERB_BARE = Pattern.compile("(?<verb>\\b(?:said|says|say|added|adds|believes"
			+ "|believed|thinks))\\s+"
			+ "(?!(?:in|on|at(?! least| most)|during|after|before|to|with|for|by|from|about|of|when|while|as|last|this|that|yesterday"
			+ "|today|earlier|later|recently|previously|so|nothing|and|but|or|" + DAYS + ")\\b)(?=\\p{L})");
	/** "said 120 centres ...", "said about 400,000 people ...": a number opens the reported clause (not "adds 3 billion"). */
	private static final Pattern SAID_NUMBER = Pattern.compile("(?<verb>\\b(?:said|says|say))\\s+"
			+ "(?=(?:(?:about|over|around|some|nearly|almost|roughly|up to|under)\\s+)?[\\d$€£]"
			+ "|(?:about|over|around|nearly|almost|roughly|more than|less than|fewer than)\\s+(?:one|two|three|four|five"
			+ "|six|seven|eight|nine|ten|half|a\\s+(?:third|quarter|fifth|tenth|half|dozen)|two-thirds|three-quarters"
			+ "|one-(?:third|quarter|fifth|tenth))\\b)");
	/** A verb of stating with a clause that opens with a pronoun and its verb: "confirmed it would", "warned they had". */
	private static final Pattern PRONOUN_CLAUSE = Pattern.compile("(?<verb>\\b(?:confirmed|confirms|announced|announces"
			+ "|warned|warns|stressed|insisted|argued|predicted|estimated|noted|acknowledged|admitted|promised|pledged"
			+ "|vowed|conceded|indicated|signalled|signaled)\\s+)(?=(?:it|he|she|they|we|there)\\s+(?:would|will|could|can"
			+ "|should|may|might|must|had|has|have|was|were|is|are)\\b)");
	/** A second speaker after the first clause: "X said A, while the Ifo institute said B", "say A, and Hoa says B". */
	private static final Pattern WHILE_REPORT = Pattern.compile("(?:,?\\s+(?:while|whereas)|,\\s+and(?=\\s+(?:\\p{Lu}|he\\b|she\\b|they\\b)))\\s+(?<subj>(?:the\\s+)?[\\p{Lu}]"
			+ "[^,.;\"“”]{1,60}?|the\\s+[\\p{Ll}'’-]+(?:\\s+[\\p{Ll}'’-]+)?|(?:he|she|they))\\s+(?:said|says|argued|argues|warned"
			+ "|noted|added|believes|predicted|estimated|insisted|maintained)\\s+(?:that\\s+)?");
	/** What may follow "..., X said" without being the reported clause: a time, place or manner. */
	private static final Pattern ADVERBIAL = Pattern.compile("(?:(?:on|at|in|during|after|before|to|from|with|last|this"
			+ "|yesterday|today|earlier|later|late|recently|previously|when|while|as|according|through|via|by|" + DAYS
			+ ")\\b|[.!?\"”’»;])");
	/** A second report joined by "and" ("... and warned of ..."): the first clause ends before it. */
	private static final Pattern AND_REPORT = Pattern.compile("\\s+(?:and|but)\\s+(?:said|added|stressed|warned|urged|called"
			+ "|noted|insisted|argued|pledged|vowed|promised|expressed|emphasi[sz]ed|pointed out|appealed)\\b");
	/** A second reported clause of the same verb: "X said that A and that B" ("A but that B" stays one report). */
	private static final Pattern AND_THAT = Pattern.compile(",?\\s+and\\s+that\\b");
	/** The second verb of "X said A and warned that B" with its "that" (or a clause without it). */
	private static final Pattern SECOND_REPORT = Pattern.compile("\\s+(?:and|but)\\s+(?:said|added|stressed|warned"
			+ "|noted|insisted|argued|cautioned|emphasi[sz]ed)\\s+(?:that\\b|" + "(?=" + "(?:the|a|an|he|she|it|they|we"
			+ "|his|her|its|their|this|there|\\p{Lu}\\p{L}*)\\b)|" + SpeechFrames.BARE_CLAUSE + ")");
	private static final Pattern BOUNDARY = Pattern.compile("(?:^|[;:]|\\b(?:while|when|as|because|although|though"
			+ "|whereas|after|before|where|since)\\b)");
	private static final Pattern SHORT_FIGURE = Pattern.compile("\\p{Lu}\\p{L}+\\s+(?:was|is|were|are|rose|fell|stood|reached"
			+ "|hit)\\s+[\\d.,]+\\s?(?:%|percent|per cent)");
	private static final Pattern PUNCTUATION_BOUNDARY = Pattern.compile("(?:^|[;:])");
	private static final Pattern COORDINATED_VERB = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}\\s+"
			+ "\\p{Ll}+ed\\b[^,;:]*\\s(?:and|but)\\s*$");
	/** A cheap first look: a sentence without any of these words reports nobody's words. */
	private static final java.util.Set<String> CUES = cues();
	/**
	 * A reported clause without "that": it opens with a determiner, a pronoun or a name and has a finite verb soon
	 * ("the plan would push ...", "Pyongyang has not responded"), not a noun object ("the importance of ...").
	 */
	private static final String BARE_CLAUSE = "(?=(?:the|a|an|he|she|it|they|we|I|his|her|its|their|this|these|those"
			+ "|there|some|many|no|all|\\p{Lu}[\\p{L}'’-]*)\\b(?:[^,.;:\"“”]|(?<=\\d)[.,](?=\\d)){0,80}?\\b(?:would|will|could|can|should|may|might"
			+ "|must|had|has|have|was|were|is|are|did|does|do|fell|rose|grew|went|came|took|made|saw|left|got|gave"
			+ "|became|began|paid|sold|lost|won|spent|held|kept|met|led|brought|bought|built|ran|stood|sought|thought|felt"
			+ "|found|fought|(?!need\\b|hundred\\b)\\p{Ll}{2,}ed)\\b"
			+ "|\\p{Ll}{3,}s\\s+(?:\\p{Ll}+\\s+)?(?:would|will|could|can|should|may|might|must|had|have|were|are)\\b"
			+ "|\\p{Ll}{3,}\\s+(?:would|will|could|can|should|may|might|must|had|has|was|is|remained|remains)\\b"
			+ "|(?:the|he|she|it|they|we|his|her|its|their)\\b[^,.;:\"“”]{0,60}?\\s[\"“]\\p{Ll}{2,}(?:s|ed)\\b)";
	/**
	 * After a participle only ("..., saying inflation risks from the weak forint had not yet eased"): a clause that
	 * opens with a bare noun phrase of a few words, then its verb.
	 */
	private static final String NOUN_CLAUSE = "(?=\\p{Ll}{3,}(?:\\s+(?!(?:to|who|which|that|but|or|if|when|for)\\b)[\\p{Ll}-]+)"
			+ "{1,9}\\s+(?:would|will|could|should|might|must|had|has|have|was|were|is|are)\\s+(?:not\\s+)?"
			+ "(?:yet\\s+|been\\s+|be\\s+)?\\p{Ll}{3,})";
	private static final Pattern PARTICIPLE = Pattern.compile(",[\"”’»]?\\s+(?:(?:" + PARTICIPLES + ") that\\b,?"
			+ "|(?:telling|assuring|reminding|warning|informing)\\s+[^,.;:\"“”]{1,50}?\\s+that\\b,?"
			+ "|(?:saying|adding|arguing|warning)\\s+(?:" + BARE_CLAUSE + "|" + NOUN_CLAUSE + "))");
	/** A role and a name in commas right before a participle: "..., its group leader, Étienne Marchal, declaring that". */
	private static final Pattern ABSOLUTE_SPEAKER = Pattern.compile(",\\s+(?:its|his|her|their|the)\\s+[^,.;\"“”]{1,50},\\s+"
			+ "(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s*$");
	/** A noun phrase that ends in a possessive: "Nigeria's" of "Nigeria's central bank". */
	private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s\\s*$");
	/** A determiner alone, which names no speaker: "The" of "The estimate that ..." or of "The central bank". */
	private static final Pattern DETERMINER = Pattern.compile("\\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\\s*");
	/** The writer as the subject ("We estimate that ..." in a brief): the text's own voice, not a report. */
	private static final Pattern FIRST_PERSON = Pattern.compile("(?:I|We|we)");
	/**
	 * A verb of stating other than "said" with a clause and no "that": "The CBO estimates the extension would cost ...",
	 * "economists warn the increase will push up prices" (the clause must have a verb of its own, so that "warned the
	 * public" is no report).
	 */
	private static final Pattern OTHER_VERB_BARE = Pattern.compile("(?<verb>\\b(?:estimates|estimated|estimate|warns|warned"
			+ "|warn|argues|argued|argue|predicts|predicted|predict|insists|insisted|insist|claims|claimed|fears|feared"
			+ "|fear|acknowledges|acknowledged|admits|admitted|believe)\\s+)(?=(?:the|a|an|he|she|it|they|we|his|her|its|their"
			+ "|this|these|those|there|\\p{Lu}[\\p{L}'’-]*)\\b[^,.;:\"“”]{0,80}?\\b(?:would|will|could|can|should|may|might|must"
			+ "|had|has|have|was|were|is|are)\\b)");
	/** Capitalized words that can name a speaker, not a determiner alone. */
	private static final Pattern NAMED_SUBJECT = Pattern.compile("(?:(?:The|A|An)\\s+)?(?!(?:The|A|An|This|That|These"
			+ "|Those|It|There|In|On|At|During|After|Before|When|While|As|But|And|However)\\b)\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\S+)*\\s*");
	/**
	 * "China said on Monday it would ...", "The ministry said in a statement it had ...", "Officials said Thursday the
	 * bridge would ...": a time, place or channel between the verb and a clause without "that".
	 */
	private static final Pattern SAID_WHEN_BARE = Pattern.compile("(?<verb>\\b(?:said|says|added)\\s+(?:(?:late|early)\\s+)?"
			+ "(?:(?:on|in|at|during|after|last|this)\\s+[^,.;:\"“”\\s][^,.;:\"“”]{0,40}?|yesterday|today|earlier|later|(?:" + DAYS
			+ ")\\b))\\s+" + BARE_CLAUSE);
	/** "X told reporters the union had not been consulted": "told" and its audience, a clause without "that". */
	private static final Pattern TOLD_BARE = Pattern.compile("(?<verb>\\b(?:told|tells)\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}.&'’-]+\\s+){0,3}?"
			+ "(?:reporters|journalists|lawmakers|legislators|parliament|senators|delegates|audience|supporters"
			+ "|conference|briefing|meeting|committee|council|assembly|\\p{Ll}{3,}(?<!ss)s|\\p{Lu}[\\p{L}\\d.&-]*)(?:\\s+(?:on|in|at|after|during"
			+ "|late|early|last)\\s+[^,.;\"“]{1,40}?)?)\\s+" + BARE_CLAUSE);
	private static final String TRAILING_SOURCE = "^(?<clause>.+?),[\"”’»]?\\s+(?:(?<subj1>[^,\"“”]{1,70}?)\\s+(?<v1>"
			+ VERBS + ")|(?<v2>said|says|added|noted|stressed|remarked|wrote|explained|argued|insisted|told|warned"
			+ "|asked|recalled|continued)\\s+(?<subj2>[^,.\"“”]{1,80}?))(?<tail>(?:[\\s,;].*)?[.!?]?[\"”’»]?)$";
	private static final Pattern TRAILING = Pattern.compile(TRAILING_SOURCE);
	/** Whom "told" addresses: "reporters", "the House of Commons", "a news conference in Cairo", up to a time or a stop. */
	private static final Pattern AUDIENCE = Pattern.compile("\\s*(?:(?:the|a|an|his|her|their|its)\\s+)?[^,.;:!?\"“”]{1,60}?"
			+ "(?=\\s+(?:on|in|at|during|after|before|late|early|last|this|yesterday|today|earlier)\\b|\\s*[,.;!?]|\\s*$)");
	private static final Pattern ACCORDING = Pattern.compile("^(?:[\"“]\\s*|\\d{1,2}\\.\\s+|\\([ivx\\d]{1,4}\\)\\s+)?"
			+ "(?:According to|according to|As reported by|In the words of)\\s+"
			+ "(?<subj>[^,]{1,90}?)(?<role>,\\s+(?:a|an|the|who|former|deputy|chief|senior|head|director|president"
			+ "|professor|spokesperson|spokesman|spokeswoman|minister)\\b[^,]*)?,\\s+(?<clause>.+)$");
	/** A clause that gives a reason or a time, not reported words: "..., he added, because ...". */
	private static final Pattern SUBORDINATE = Pattern.compile("(?:because|as|while|since|after|before|when|although"
			+ "|compared|up from|down from|against|versus|including|excluding"
			+ "|though|even though|even if|if|unless|whereas|until|citing|referring|pointing to|speaking|without)\\b");
	/** "<clause>, according to X[, a role]." */
	private static final Pattern ACCORDING_AFTER = Pattern.compile("^(?<clause>.{12,}?),\\s+according to\\s+"
			+ "(?<subj>[^,.;\"“”]{1,90}?)(?:,\\s+(?:(?:(?:a|an|the)\\s+[^,.;\"“”]{1,60},\\s+)?(?:which|who)\\s+(?:said|says"
			+ "|added|warned|noted)\\s+(?:that\\s+)?"
			+ "(?<also>[^.;\"“”]+)|(?:a|an|the|which|who|whose)\\b[^.;\"“”]*))?[.!?]?[\"”’»]?$");
	/** "<subject part>, according to X, <the rest of the clause>": X reports the whole sentence. */
	private static final Pattern ACCORDING_INSIDE = Pattern.compile("^(?<clause>.{6,}?),\\s+according to\\s+"
			+ "(?<subj>[^,.;\"“”]{1,90}?),\\s+(?<rest>.+)$");
	private static final Pattern COORDINATOR = Pattern.compile("(?:and|but|while|whereas)\\b");
	/** The same as {@link #TRAILING} with the clause running to the last comma that fits: "A, and B, X said." */
	private static final Pattern TRAILING_LAST = Pattern.compile(TRAILING_SOURCE.replace("^(?<clause>.+?),", "^(?<clause>.+),"));
	private static final Pattern AS_SAID = Pattern.compile("^As\\s+(?<subj>[^,]{1,60}?)\\s+(?:pointed out|said|noted|put it"
			+ "|stressed|emphasized|emphasised|observed|argued|explained)(?:\\s[^,]{0,60})?,\\s+(?<clause>.+)$");
	private static final Pattern PARENTHETICAL = Pattern.compile("^.+?,\\s+(?<subj>he|she|they|(?:the )?[A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,3}"
			+ "|the (?:[\\p{Ll}'’-]+ ){0,2}(?:group|organisation|organization|agency|ministry|company|union|bank|department"
			+ "|committee|office|association|federation|government|council|commission|institute|charity|regulator))"
			+ "\\s+(?:noted|said|added|stressed|argued|explained|insisted|warned),\\s+(?<clause>.+)$");

	/**
	 * One report.
	 *
	 * @param clauseStart start of the reported words
	 * @param clauseEnd   end of the reported words
	 * @param subjectStart start of the text naming the speaker (a pronoun, a name, a noun phrase with a role)
	 * @param subjectEnd  end of it; equal to {@code subjectStart} when the speaker is the previous frame's
	 */
	public record Frame(int clauseStart, int clauseEnd, int subjectStart, int subjectEnd) {
	}

	private SpeechFrames() {
	}

	/** The reports in sentence {@code index} of the context's text, found once per run. */
	public static List<Frame> inSentence(SuggestContext context, int index) {
		@SuppressWarnings("unchecked")
		List<Frame>[] cache = context.derived(SpeechFrames.class, () -> new List[context.sentences().count()]);
		if (cache[index] == null) {
			Sentences s = context.sentences();
			cache[index] = List.copyOf(find(context.text(), s.start(index), s.end(index)));
		}
		return cache[index];
	}

	/** The reports in {@code text[start, end)} (one sentence), in text order. */
	public static List<Frame> find(String text, int start, int end) {
		int colon = text.indexOf(": according to ", start);
		if (colon < 0 || colon >= end) {
			colon = text.indexOf(": According to ", start);
		}
		if (colon > start && colon < end && colon - start <= 160) { // "The flow has reversed: according to X, <clause>"
			start = colon + 2;
		}
		String sentence = text.substring(start, end);
		List<Frame> frames = new ArrayList<>();
		int cues = cues(sentence);
		if (cues == 0) {
			return frames;
		}
		boolean afterComma = (cues & CUE_AFTER_COMMA) != 0; // the patterns of a report after its clause can match
		Matcher m;
		if ((m = ACCORDING.matcher(sentence)).matches()) {
			frames.add(frame(sentence, start, m.start("clause"), clauseEnd(sentence, m.end("clause")), m.start("subj"),
					m.end("subj")));
			return frames;
		}
		if ((m = AS_SAID.matcher(sentence)).matches()) {
			frames.add(frame(sentence, start, m.start("clause"), clauseEnd(sentence, m.end("clause")), m.start("subj"),
					m.end("subj")));
			return frames;
		}
		if (afterComma && verbBeforeComma(sentence) && (m = PARENTHETICAL.matcher(sentence)).matches()) {
			if (SUBORDINATE.matcher(m.group("clause")).lookingAt()) { // "A, he added, because B": A is reported
				int comma = sentence.lastIndexOf(',', m.start("subj"));
				frames.add(frame(sentence, start, datelineEnd(sentence), clauseEnd(sentence, comma), m.start("subj"),
						m.end("subj")));
			} else {
				if (m.group("clause").startsWith("and ")) { // "A, she said, and B": A is reported too
					int comma = sentence.lastIndexOf(',', m.start("subj"));
					frames.add(frame(sentence, start, datelineEnd(sentence), clauseEnd(sentence, comma),
							m.start("subj"), m.end("subj")));
				}
				int clause = m.group("clause").startsWith("and ") ? m.start("clause") + 4 : m.start("clause");
				frames.add(frame(sentence, start, clause, clauseEnd(sentence, m.end("clause")), m.start("subj"),
						m.end("subj")));
			}
			return frames;
		}
		if (sentence.contains(", according to ") && (m = ACCORDING_AFTER.matcher(sentence)).matches()
				&& !startsWithQuote(sentence)) {
			frames.add(frame(sentence, start, datelineEnd(sentence), clauseEnd(sentence, m.end("clause")),
					m.start("subj"), m.end("subj")));
			if (m.group("also") != null) { // "..., according to X, which said its members had not been consulted"
				frames.add(frame(sentence, start, m.start("also"), clauseEnd(sentence, m.end("also")), m.start("subj"),
						m.end("subj")));
			}
			return frames;
		}
		if (sentence.contains(", according to ") && (m = ACCORDING_INSIDE.matcher(sentence)).matches()
				&& !startsWithQuote(sentence)) { // "A, according to X, reached ..." or "A, according to X, and B"
			Matcher coordinator = COORDINATOR.matcher(m.group("rest"));
			int reported = coordinator.lookingAt() ? m.end("clause") : sentence.length();
			frames.add(frame(sentence, start, datelineEnd(sentence), clauseEnd(sentence, reported), m.start("subj"),
					m.end("subj")));
			if (reported < sentence.length()) { // "A, according to X, and analysts warn that B": B is theirs
				frames.addAll(find(text, start + skipSpaces(sentence, m.start("rest") + coordinator.end()), end));
			}
			return frames;
		}
		if (afterComma && !startsWithQuote(sentence) && (m = TRAILING_LAST.matcher(sentence)).matches()
				&& (trailing(sentence, start, m, frames) || trailing(sentence, start, TRAILING.matcher(sentence), frames))) {
			return frames; // (the lazy pattern matches only where the greedy one does: tried only then)
		}
		Matcher v = firstReport(sentence);
		if (v != null) {
			int subjEnd = v.start();
			int subjStart = Math.max(subjectStart(sentence, subjEnd), Math.min(datelineEnd(sentence), subjEnd));
			String subject = sentence.substring(subjStart, subjEnd).strip();
			if (!subject.isEmpty() && !isQuotation(subject) && !DETERMINER.matcher(subject).matches() // "The estimate that"
					&& !FIRST_PERSON.matcher(subject).matches()) { // "We estimate that": the writer's own finding
				int clauseStart = skipSpaces(sentence, v.end());
				int cut = nextCut(sentence, clauseStart);
				frames.add(frame(sentence, start, clauseStart, clauseEnd(sentence, cut), subjStart, subjEnd));
				Matcher p = PARTICIPLE.matcher(sentence);
				Matcher second = SECOND_REPORT.matcher(sentence);
				Matcher andThat = AND_THAT.matcher(sentence);
				if (cut < sentence.length() && andThat.find(cut) && andThat.start() == cut) {
					int next = skipSpaces(sentence, andThat.end()); // "X said that A and that B": B too
					frames.add(frame(sentence, start, next, clauseEnd(sentence, nextCut(sentence, next)), subjStart,
							subjEnd));
				} else if (cut < sentence.length() && p.find(cut) && p.start() == cut) {
					int next = skipSpaces(sentence, p.end());
					frames.add(frame(sentence, start, next, clauseEnd(sentence, nextCut(sentence, next)), subjStart,
							subjEnd));
				} else if (cut < sentence.length() && second.find(cut) && second.start() == cut) {
					int next = skipSpaces(sentence, second.end()); // "X said A but warned that B": B too
					frames.add(frame(sentence, start, next, clauseEnd(sentence, nextCut(sentence, next)), subjStart,
							subjEnd));
				} else if (cut < sentence.length() && secondSpeakerMayFollow(sentence)) {
					Matcher w = WHILE_REPORT.matcher(sentence);
					if (w.find(cut) && w.start() == cut) { // "X said A, while Y said B": B is Y's
						int next = skipSpaces(sentence, w.end());
						frames.add(frame(sentence, start, next, clauseEnd(sentence, nextCut(sentence, next)),
								w.start("subj"), w.end("subj")));
					}
				}
			}
		}
		if (frames.isEmpty()) {
			Matcher p = PARTICIPLE.matcher(sentence);
			if (p.find()) { // "The union threatened a strike, saying ...": the sentence's subject says it
				int next = skipSpaces(sentence, p.end());
				int subjStart = datelineEnd(sentence);
				int subjEnd = Math.max(subjStart, Mentions.leadingNounPhrase(sentence, subjStart, p.start()));
				java.util.Optional<Mentions.Mention> body = bodySubject(sentence, subjStart, subjEnd, p.start());
				Matcher absolute = ABSOLUTE_SPEAKER.matcher(sentence).region(0, p.start());
				if (absolute.find()) { // "..., its group leader, Étienne Marchal, declaring that ...": Marchal
					subjStart = absolute.start("name");
					subjEnd = absolute.end("name");
				} else if (body.isPresent()) {
					subjStart = body.get().start();
					subjEnd = body.get().end();
				} else if (!NAMED_SUBJECT.matcher(sentence.substring(subjStart, subjEnd)).matches()) {
					java.util.Optional<Mentions.Mention> named = Mentions.sentenceSubject(sentence, subjStart, p.start())
							.filter(Mentions.Mention::person); // "The home secretary, Priya Nandy, has announced ..."
					subjStart = named.map(Mentions.Mention::start).orElse(subjStart);
					subjEnd = named.map(Mentions.Mention::end).orElse(subjStart); // else a quote or "The" opens it
				}
				frames.add(frame(sentence, start, next, clauseEnd(sentence, nextCut(sentence, next)), subjStart,
						subjEnd));
			}
		}
		return frames;
	}

	/**
	 * The body that opens a sentence whose first capitalized words end in a possessive or are a determiner alone
	 * ("Nigeria's central bank", "The central bank" kept ..., saying ...), or empty.
	 */
	private static java.util.Optional<Mentions.Mention> bodySubject(String sentence, int start, int end, int limit) {
		String phrase = sentence.substring(start, end);
		if (!POSSESSIVE_END.matcher(phrase).find() && !DETERMINER.matcher(phrase).matches()) {
			return java.util.Optional.empty();
		}
		return Antecedents.bodyOpening(sentence, start, limit);
	}

	/**
	 * The first "X said that", else "X said <clause>", "X said <number>", "X told reporters <clause>" (each tried only
	 * when the sentence has the words it needs), or null.
	 */
	private static Matcher firstReport(String sentence) {
		Matcher v;
		if (pronounInside(sentence) && (v = PRONOUN_CLAUSE.matcher(sentence)).find()) { // "The department confirmed it would recruit ..."
			Matcher earlier = SUBJECT_VERB_BARE.matcher(sentence);
			Matcher that = SUBJECT_VERB_THAT.matcher(sentence);
			boolean before = earlier.find() && earlier.start() < v.start() || that.find() && that.start() < v.start();
			if (!before) {
				return v;
			}
		}
		Matcher bare = SUBJECT_VERB_BARE.matcher(sentence);
		boolean bareFound = bare.find();
		if (bareFound && sentence.contains("told") && (v = TOLD_BARE.matcher(sentence)).find() && v.start() < bare.start()
				&& !sentence.substring(v.start(), bare.start()).contains(" that ")) {
			return v; // "He told MPs the budget was ... and said families would ...": told first
		}
		if (sentence.contains(" that") && (v = SUBJECT_VERB_THAT.matcher(sentence)).find()
				&& (!bareFound || v.start() < bare.start())) {
			Matcher when = SAID_WHEN_BARE.matcher(sentence).region(0, v.start());
			// "X said in a statement it regretted A and warned that B": "said" reports first
			return when.find() ? when : v; // the first verb reports: "X said A but warned that B" is "said A", then B
		}
		if (bareFound) {
			return bare;
		}
		boolean says = sentence.contains("said") || sentence.contains("says") || sentence.contains(" say ");
		if (says && (v = SAID_WHEN_BARE.matcher(sentence)).find()) {
			return v;
		}
		if (says && (v = SAID_NUMBER.matcher(sentence)).find()) {
			return v;
		}
		if ((sentence.contains("told") || sentence.contains("tells")) && (v = TOLD_BARE.matcher(sentence)).find()) {
			return v;
		}
		return (v = OTHER_VERB_BARE.matcher(sentence)).find() ? v : null;
	}

	/**
	 * "<clause>, X said (on Friday)(, adding that ...)." with a plausible speaker X and no clause of its own after the
	 * verb: adds the frame (and the participle's) and says so.
	 */
	private static boolean trailing(String sentence, int start, Matcher m, List<Frame> frames) {
		if (!m.matches()) {
			return false;
		}
		boolean first = m.group("subj1") != null;
		int subjStart = first ? m.start("subj1") : m.start("subj2");
		int subjEnd = first ? m.end("subj1") : m.end("subj2");
		Matcher aux = first ? PERFECT_AUXILIARY.matcher(sentence).region(subjStart, subjEnd) : null;
		if (aux != null && aux.find()) { // "..., council leaders have warned": the leaders
			subjEnd = aux.start();
		}
		String tail = m.group("tail").strip();
		if (!first) { // "..., said Sok Dara." or "..., said Sok Dara, an economist": the name runs on
			Matcher name = NAME_RUN_AFTER.matcher(sentence).region(subjEnd, sentence.length());
			if (Character.isUpperCase(sentence.charAt(subjStart)) && name.lookingAt()) {
				subjEnd = name.end("name");
				tail = sentence.substring(subjEnd).strip();
			}
		}
		String verb = first ? m.group("v1") : m.group("v2");
		if (verb.startsWith("told")) { // "..., X told the House of Commons on Wednesday": the audience is no clause
			Matcher audience = AUDIENCE.matcher(verb.substring(4) + " " + tail);
			tail = audience.lookingAt() ? (verb.substring(4) + " " + tail).substring(audience.end()).strip() : tail;
		}
		String clause = sentence.substring(0, m.end("clause"));
		boolean clauseAfter = tail.startsWith("that") || WHITESPACE.split(clause).length < 4 && !isShortFigure(clause)
				|| (!tail.isEmpty() && !tail.startsWith(",") && !ADVERBIAL.matcher(tail).lookingAt());
		Matcher role = first ? null : ROLE_THEN_NAME.matcher(sentence).region(subjStart, sentence.length());
		if (role != null && clauseAfter && role.matches()) { // "..., says the hospital's chief executive, Mark Feller."
			subjEnd = role.end("name");
			clauseAfter = false;
		}
		if (clauseAfter || !plausibleTrailingSubject(sentence.substring(subjStart, subjEnd))) {
			return false;
		}
		frames.add(frame(sentence, start, datelineEnd(sentence), m.end("clause"), subjStart, subjEnd));
		Matcher p = PARTICIPLE.matcher(sentence);
		if (p.find(m.start("tail"))) { // "..., X told lawmakers, adding that ..."
			int next = skipSpaces(sentence, p.end());
			frames.add(frame(sentence, start, next, clauseEnd(sentence, nextCut(sentence, next)), subjStart, subjEnd));
		}
		return true;
	}

	/**
	 * Whether a word ending in "d" stands right before a comma: every verb of {@link #PARENTHETICAL} does ("..., he
	 * said, ..."), so the pattern is tried only then (a cheap first look).
	 */
	private static boolean verbBeforeComma(String sentence) {
		for (int i = sentence.indexOf(','); i > 0; i = sentence.indexOf(',', i + 1)) {
			if (sentence.charAt(i - 1) == 'd') {
				return true;
			}
		}
		return false;
	}

	/** Whether a pronoun that can open a reported clause stands inside the sentence (a cheap first look). */
	private static boolean pronounInside(String sentence) {
		return sentence.contains(" it ") || sentence.contains(" he ") || sentence.contains(" she ")
				|| sentence.contains(" they ") || sentence.contains(" we ") || sentence.contains(" there ");
	}

	/** A subject that is itself a quotation ("“…,” said X"): the verb is inverted, handled by attribution. */
	private static boolean isQuotation(String subject) {
		String s = TRAILING_COMMAS.matcher(subject).replaceAll("");
		return s.isEmpty() || "\"”’»」".indexOf(s.charAt(s.length() - 1)) >= 0 || "\"“«„「".indexOf(s.charAt(0)) >= 0;
	}

	private static java.util.Set<String> cues() {
		java.util.Set<String> cues = new java.util.HashSet<>();
		String all = VERBS + "|" + PARTICIPLES + "|according|as|reported|words|asked|recalled|continued|put|quoted"
				+ "|telling|assuring|reminding|informing|tells";
		for (String alternative : all.split("\\|")) {
			String word = alternative.split("[ \\[(]", 2)[0];
			if (!word.isEmpty()) {
				cues.add(word.toLowerCase(java.util.Locale.ROOT));
			}
		}
		return java.util.Set.copyOf(cues);
	}

	/** {@link #cues}: a word of the sentence can introduce reported speech. */
	private static final int CUE = 1;
	/** {@link #cues}: such a word comes less than 100 characters after a comma ("..., X said"). */
	private static final int CUE_AFTER_COMMA = 2;

	/** What the words of the sentence allow: {@link #CUE}, {@link #CUE_AFTER_COMMA}, or 0 when no one is reported. */
	private static int cues(String sentence) {
		int found = 0;
		int comma = -1;
		int i = 0;
		int n = sentence.length();
		while (i < n) {
			while (i < n && !Character.isLetter(sentence.charAt(i))) {
				if (sentence.charAt(i) == ',') {
					comma = i;
				}
				i++;
			}
			while (i < n && !Character.isLetter(sentence.charAt(i))) {
				i++;
			}
			int s = i;
			while (i < n && Character.isLetter(sentence.charAt(i))) {
				i++;
			}
			if (i > s && i - s <= 12 && CUES.contains(sentence.substring(s, i).toLowerCase(java.util.Locale.ROOT))) {
				found |= CUE;
				if (comma >= 0 && s - comma < 100) {
					return CUE | CUE_AFTER_COMMA;
				}
			}
		}
		return found;
	}

	/** A report of three words that gives a figure: "Turnout was 84%", "Inflation fell 2.1 percent". */
	public static boolean isShortFigure(String clause) {
		return SHORT_FIGURE.matcher(clause.strip()).matches();
	}

	private static boolean startsWithQuote(String sentence) {
		return !sentence.isEmpty() && "\"“«„「".indexOf(sentence.charAt(0)) >= 0;
	}

	private static boolean plausibleTrailingSubject(String subject) {
		String s = subject.strip();
		String[] words = WHITESPACE.split(s);
		if (s.isEmpty() || words.length > 12) {
			return false;
		}
		char c = s.charAt(0);
		if (words.length > 8) { // only a long title before a name: "Domestic Trade and Cost of Living Minister X Y"
			return Character.isUpperCase(c) && Character.isUpperCase(words[words.length - 1].charAt(0))
					&& Character.isUpperCase(words[words.length - 2].charAt(0));
		}
		return Character.isUpperCase(c) || GENERIC_SUBJECT.matcher(s).matches() || DESCRIBED_NAME.matcher(s).matches();
	}

	/** An inverted speaker given by a role, then the name: "the hospital's chief executive, Mark Feller." */
	private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?:the|a|an|its|his|her|their)\\s+[^,.;\"“”]{1,60}?,"
			+ "\\s+(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s*[.!?]?[\"”’»]?");
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	/**
	 * The rest of a capitalized name after the first word that a lazy speaker group took, up to a comma or the end of
	 * the sentence: " Dara" of "said Sok Dara." and of "said Sok Dara, an economist at ...".
	 */
	private static final Pattern NAME_RUN_AFTER = Pattern.compile("(?<name>(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|van|von|der|de|da|di"
			+ "|del|la|le|bin|al|el|ibn|dela|dos|das|du|ter|ten|bint|ben|abu)){1,4})(?=\\s*(?:,|[.!?]?[\"”’»]?\\s*$))");
	/** A name after what it is: "statistics agency IBGE", "state broadcaster NHK", "think tank Bruegel". */
	private static final Pattern DESCRIBED_NAME = Pattern.compile("(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}\\p{Lu}[\\p{L}+&.-]*"
			+ "(?:\\s+\\p{Lu}[\\p{L}+&.-]*){0,3}");
	/** The auxiliary of a perfect tense between a trailing report's subject and its verb: "council leaders have warned". */
	private static final Pattern PERFECT_AUXILIARY = Pattern.compile("\\s+(?:have|has|had)$");
	private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
	/** Speakers after a trailing clause that are no name: "he", "its president", "officials", "the ministry". */
	private static final Pattern GENERIC_SUBJECT = Pattern.compile("(?i)(he|she|they|it|(?:its|his|her|their|our|one|two|three) .*|.*\\b(?:officials|sources|experts"
				+ "|analysts|authorities|police|residents|witnesses|diplomats|observers|scientists|economists|researchers"
				+ "|critics|lawmakers|spokesperson|spokesman|spokeswoman|ministers|leaders|members|unions|campaigners|activists"
				+ "|governments|councils|mps|senators|regulators|investors|traders|farmers|doctors|nurses|teachers|workers"
				+ "|organi[sz]ers|executives|bankers|negotiators|prosecutors|lawyers|groups)|officials?|experts?|analysts?|observers?|sources?|media|reports?|the .*|an? .*|some .*|many .*)");

	/** Where the subject of a verb at {@code verbStart} begins: after the last clause boundary before it. */
	private static int subjectStart(String sentence, int verbStart) {
		String before = sentence.substring(0, verbStart);
		int boundary = 0;
		// "Ferreira conceded shortly before midnight and said": a coordinated verb's subject opens the sentence
		Matcher b = (COORDINATED_VERB.matcher(before).find() ? PUNCTUATION_BOUNDARY : BOUNDARY).matcher(before);
		while (b.find()) {
			if (b.end() < before.length() && b.end() > boundary) {
				String rest = before.substring(b.end()).strip();
				if (!rest.isEmpty()) {
					boundary = b.end();
				}
			}
		}
		return skipSpaces(sentence, boundary);
	}

	private static int nextCut(String sentence, int from) {
		Matcher p = PARTICIPLE.matcher(sentence);
		int cut = p.find(from) ? p.start() : sentence.length();
		if (secondSpeakerMayFollow(sentence)) {
			Matcher w = WHILE_REPORT.matcher(sentence);
			cut = w.find(from) ? Math.min(cut, w.start()) : cut;
		}
		Matcher and = AND_REPORT.matcher(sentence);
		cut = and.find(from) ? Math.min(cut, and.start()) : cut;
		Matcher andThat = AND_THAT.matcher(sentence);
		return andThat.find(from) ? Math.min(cut, andThat.start()) : cut;
	}

	/** Whether a second speaker's report may follow the first clause (a cheap look before {@link #WHILE_REPORT}). */
	private static boolean secondSpeakerMayFollow(String sentence) {
		return sentence.contains("while ") || sentence.contains("whereas ") || sentence.contains(", and ");
	}

	private static int datelineEnd(String sentence) {
		return Datelines.end(sentence);
	}

	private static int clauseEnd(String sentence, int end) {
		int e = end;
		while (e > 0 && (Character.isWhitespace(sentence.charAt(e - 1)) || ".,;:!?".indexOf(sentence.charAt(e - 1)) >= 0)) {
			e--;
		}
		return e;
	}

	private static int skipSpaces(String s, int i) {
		while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
			i++;
		}
		return i;
	}

	private static Frame frame(String sentence, int offset, int clauseStart, int clauseEnd, int subjStart, int subjEnd) {
		return new Frame(offset + clauseStart, offset + Math.max(clauseStart, clauseEnd), offset + subjStart,
				offset + subjEnd);
	}
}
