package org.policyannotator.suggest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker named by the subject of a reporting verb: "Chen Xin, deputy director of NIIS CASS," gives the name
 * Chen Xin and the role; "Chinese President Xi Jinping" gives Xi Jinping; "he" is a pronoun to resolve; "experts" or
 * "A South Korean media outlet" are speakers without a name.
 */
public final class Mentions {
	private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
	private static final Set<String> CONNECTORS = Set.of("of", "to", "for", "at", "de", "van", "von", "der", "da",
			"al", "bin", "del", "la", "le");
	private static final Set<String> NOT_NAMES = Set.of("during", "after", "before", "in", "on", "at", "while",
			"however", "meanwhile", "moreover", "furthermore", "today", "yesterday", "since", "under", "amid",
			"with", "as", "for", "from", "through", "against", "within", "when", "although", "but", "and", "also",
			"still", "now", "then", "thus", "so", "yet", "this", "that", "these", "those", "it", "there", "here",
			"last", "next", "earlier", "later", "according", "by", "of", "to", "the", "a", "an", "if", "once");
	private static final Set<String> TITLES = Set.of("president", "vice-president", "premier", "minister",
			"ambassador", "chancellor", "secretary", "director", "professor", "prof.", "dr.", "dr", "mr.", "mr",
			"mrs.", "mrs", "ms.", "ms", "spokesperson", "spokesman", "spokeswoman", "ceo", "chairman", "chairwoman",
			"chair", "governor", "senator", "king", "queen", "prince", "pope", "general", "mayor", "envoy",
			"representative", "commissioner", "chief", "leader", "founder", "head", "deputy", "counselor",
			"councillor", "adviser", "advisor", "officer", "judge", "justice", "sir", "dame", "lord", "state",
			"foreign", "prime", "vice", "former", "economist", "analyst", "researcher", "fellow", "chairperson",
			"demographer", "scientist", "historian", "lawyer", "activist", "journalist", "expert", "diplomat",
			"executive", "strategist", "author", "campaigner", "commander", "lawmaker", "legislator", "mp",
			"secretary-general", "director-general", "president-elect", "sen.", "rep.", "gov.", "gen.", "sen", "rep",
			"inspector", "auditor", "ombudsman", "registrar", "prosecutor", "coroner", "superintendent", "comptroller",
			"attorney", "provost", "rector", "dean", "bishop", "archbishop", "cardinal",
			"imam", "rabbi", "sheikh", "emir", "sultan", "predecessor", "successor", "mla", "mlc", "mep", "mpp", "msp",
			"mna", "councilor", "alderman", "assemblyman", "assemblywoman", "congressman", "congresswoman");
	/** "the organisation said", "the group said": a body named before with that noun ("the anti-poverty group X"). */
	private static final Set<String> BODY_NOUNS = Set.of("organisation", "organization", "group", "company", "charity",
			"firm", "agency", "association", "federation", "union", "institute", "foundation", "lobby", "bank", "city",
			"municipality");
	/** Last words of an organisation's name: "X of Keio University" names a person of that organisation. */
	private static final Set<String> ORGANISATIONS = Set.of("university", "institute", "institution", "centre",
			"center", "college", "academy", "ministry", "bank", "association", "council", "commission", "foundation",
			"agency", "organization", "organisation", "party", "group", "office", "department", "fund", "union",
			"school", "society", "court", "company", "corporation", "inc", "ltd", "plc", "forum", "committee", "bureau",
			"secretariat", "directorate", "treasury", "assembly", "tribunal", "administration", "inspectorate",
			"corp", "corp.", "inc.", "ltd.", "llc", "gmbh", "holdings",
			"authority", "federation", "chamber", "board", "service", "network", "times", "post", "news",
			"superintendency", "superintendence", "regulator", "ombudsman", "confederation", "cooperative", "institut");
	private static final Pattern ROLE = Pattern.compile("^(?:(?:a|an|the)\\s+)?\\p{Ll}[^,]*\\b(?:of|at|for|from|with)\\b");
	private static final Pattern NAME_ONLY = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:al|el|de|da|di|du|van|von|der"
			+ "|del|dos|das|bin|ibn|le|la)[-’'\\s])?\\p{Lu}[\\p{L}'’.-]*){0,3}");
	private static final Pattern AUXILIARIES = Pattern.compile("(?:\\s+(?:has|have|had|is|are|was|were|will|would|also|long"
			+ "|once|further|again|repeatedly|previously|earlier|recently|always|never|often|reportedly|then|later|has"
			+ "|had|publicly|openly|clearly|firmly|already|still|even|just))+\\s*$");
	/** Auxiliaries right after the comma that closes an apposition: ", has" of "X, which ..., has said". */
	private static final Pattern AUXILIARY_AFTER_COMMA = Pattern.compile("," + AUXILIARIES.pattern());
	/** The pattern of a title before a name, per title word ("minister"): made once. */
	private static final java.util.Map<String, Pattern> TITLED = new java.util.concurrent.ConcurrentHashMap<>();
	private static final java.util.Map<String, Pattern> BODY_NAMED = new java.util.concurrent.ConcurrentHashMap<>();
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	/** A person referred to by age, as "he" or "she" is: "the 58-year-old" of "says the 58-year-old, who ...". */
	private static final Pattern AGE_REFERENCE = Pattern.compile("the\\s+\\d{1,3}-year-old");
	/** A body named after the office it serves: "the Office of the Prime Minister", "the Ministry of the Presidency". */
	private static final Pattern BODY_OF_TITLE = Pattern.compile("(?:[Tt]he\\s+)?(?<name>(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}"
			+ "(?<body>\\p{Lu}[\\p{L}-]*)\\s+of\\s+the\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})");
	private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$");
	private static final Pattern WHO = Pattern.compile("(?i)\\s+who\\s*$");
	/**
	 * "(INPE)", "(BWP)": an acronym after a body's name; "(D-Calif.)", "(PN–Kuala Krai)": a member's party and seat
	 * after a name; read as spaces (offsets unchanged).
	 */
	private static final Pattern ACRONYM = Pattern.compile("\\s*\\((?:\\p{Lu}[\\p{Lu}\\p{Ll}&.-]{0,9})(?:\\s?[–-]\\s?\\p{Lu}[^()]{0,30})?\\)");
	/** A subject that ends in a coordinated verb phrase: "X welcomed the package but", "X said A and". */
	private static final Pattern COORDINATED = Pattern.compile("\\s+\\p{Ll}[\\p{L}'’-]*\\b.*\\s(?:and|but)(?:\\s+(?:also|then|later))?\\s*$",
			Pattern.DOTALL);
	/** "Its spokesman, Piotr Zając, welcomed the plan but": a subject with its apposition, then a coordinated verb phrase. */
	private static final Pattern APPOSITION_THEN_VERBS = Pattern.compile("^(?<np>[^,]+,[^,]+,)\\s+\\p{Ll}[^,]*\\s(?:and|but)"
			+ "(?:\\s+(?:also|then|later))?\\s*$", Pattern.DOTALL);
	/** A description in lower case before a name in commas: "The national poultry federation, Fenavi,". */
	private static final Pattern DESCRIPTION = Pattern.compile("(?:The|the|Its|its|Their|their)\\s+\\p{Ll}[\\p{Ll}'’-]*"
			+ "(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){0,5}");
	/** A body's document that reports for it: "the Electoral Court's preliminary count", "the ministry's data". */
	private static final Pattern OWNERS_DOCUMENT = Pattern.compile("\\s*(?:the\\s+)?(?<owner>\\p{Lu}[^,'’]{1,60}?)['’]s?\\s+"
			+ "(?:(?:preliminary|latest|final|official|new|annual|monthly|quarterly|weekly|own)\\s+)*(?:count|report|data"
			+ "|figures|survey|study|estimates?|statement|analysis|census|tally|results|forecasts?|projections?|statistics)\\s*");
	private static final Pattern ENDS_COORDINATED = Pattern.compile("\\s(?:and|but)(?:\\s+(?:also|then|later))?\\s*$");
	/** A relative clause without a comma after a person: "A woman who was shopping in Tokyo", "Officials who ...". */
	private static final Pattern RELATIVE_WHO = Pattern.compile("\\s+(?:who|whom)\\s+");
	/** A relative clause in commas after the subject: "X, which employs 4,000 people,", "X, whose party won,". */
	private static final Pattern RELATIVE_APPOSITION = Pattern.compile(",\\s+(?:which|whose|where)\\b.*,\\s*$");
	/** A head that ends in a lower-case role noun: "Edward Hale's deputy", "the union's leader". */
	private static final Pattern ROLE_NOUN_END = Pattern.compile("\\s\\p{Ll}[\\p{Ll}-]+\\s*$");
	/** A time or circumstance after a body's name: "the Foreign Ministry after the talks", "X on Monday". */
	private static final Pattern TRAILING_ADJUNCT = Pattern.compile("(?<=\\p{Lu}[\\p{L}.'’-]{0,30})\\s+(?:(?:after|before|during|when|while|as|at|in|speaking|addressing"
			+ "|following|last|this|earlier|later|late|early)\\s+\\S|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
			+ "|Sunday|\\d|the\\s+\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\b))"
			+ ".*$");
	/** "The minister rejects ...": a title opening a sentence, before a lower-case word. */
	private static final Pattern TITLE_OPENING = Pattern.compile("[Tt]he\\s+(?<title>\\p{Ll}+)\\s+\\p{Ll}");
	/** The writer's own source: "our analysis", "my calculations". */
	private static final Pattern OWN_SOURCE = Pattern.compile("(?i)^(?:our|my)\\s");
	/** A pronoun or "the minister" before a verb. */
	private static final Pattern SIMPLE_SUBJECT = Pattern.compile("(?<np>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Tt]he\\s+\\p{Ll}[\\p{Ll}-]*)\\s+\\p{Ll}");
	/** People quoted as a group: "critics", "officials", "sources". */
	static final String PEOPLE = "critics|officials|experts|analysts|economists|residents|lawmakers|legislators"
			+ "|diplomats|sources|observers|scientists|researchers|activists|protesters|witnesses|investors|traders"
			+ "|executives|leaders|ministers|politicians|campaigners|doctors|teachers|farmers|workers|members|senators"
			+ "|authorities|prosecutors|voters|citizens|parents|students|opponents|supporters|officers|negotiators"
			+ "|delegates|people|dealers|landlords|tenants|consumers|patients|nurses|survivors|herders";
	private static final Pattern GENERIC_IN = Pattern.compile("^(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost)\\s+)?"
			+ "(?<head>(?:[\\p{L}-]+\\s+){0,2}?(?i:" + PEOPLE + "))\\s+(?:in|at|from|on|across|inside|among|within)\\s+\\S.*$");
	/** Someone speaking for a body, who is the speaker: "a spokesperson for the governor's office", "an official at X". */
	private static final Pattern PERSON_FOR = Pattern.compile("(?i)^(?:(?:a|an|the|one)\\s+)?(?:senior\\s+|top\\s+|government"
			+ "\\s+)?(?:spokesperson|spokesman|spokeswoman|official|representative|source|aide|adviser|advisor|officer"
			+ "|diplomat)\\s+(?:for|of|at|from|in|with|close to)\\s+(?<body>\\S.{0,60})$");
	/** A document and the body it comes from: "statistics from X", "a statement issued by X", "data released by X". */
	private static final Pattern SOURCE_OF = Pattern.compile("^(?:(?:a|an|the|new|latest|recent|official|preliminary"
			+ "|provisional|its|their|his|her)\\s+){0,3}(?:[\\p{Ll}-]+\\s+){0,2}?(?:statistics|data|figures|estimates?"
			+ "|reports?|surveys?|projections|analysis|study|studies|calculations|documents?|records|polls?|statements?"
			+ "|census|forecasts?|tally|count|research)\\s+(?:(?:issued|released|published|compiled|made|presented"
			+ "|conducted|carried out)\\s+)?(?:from|by|of)\\s+(?<body>\\S.*)$");
	private static final Pattern LEADING_CONJUNCTION = Pattern.compile("\\s*(?:and|but|yet|so)\\s+(?=\\S)");
	/** A body's name after what it is: "Consumer group OCU", "airport operator Aena", "broadcaster NHK". */
	private static final Pattern DESCRIBED_BODY_NAME = Pattern.compile("(?:\\p{L}[\\p{Ll}-]*\\s+){0,2}?(?:group|agency|lobby"
			+ "|union|association|watchdog|regulator|operator|airline|carrier|company|firm|broadcaster|charity|organi[sz]ation"
			+ "|network|institute|lender|insurer|carmaker|newspaper|think tank|body)\\s+(?<name>\\p{Lu}[\\p{L}&.+-]*"
			+ "(?:\\s+\\p{Lu}[\\p{L}&.+-]*){0,3})");
	/** What a body publishes: "report", "daily bulletin", "latest figures". */
	private static final String DOCUMENT_NOUNS = "(?:statistics|data|figures|estimates?|reports?|surveys?|projections"
			+ "|analysis|study|calculations|records|polls?|statements?|census|forecasts?|research|bulletins?|outlook"
			+ "|assessment|update)";
	/** A body's document: "the network's annual report", "the ministry's latest figures". */
	private static final Pattern SOURCE_OWNED = Pattern.compile("(?<body>(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,4}?)['’]s"
			+ "\\s+(?:[\\p{L}-]+\\s+){0,4}?" + DOCUMENT_NOUNS);
	/** "according to its report": the body "it" means. */
	private static final Pattern SOURCE_ITS = Pattern.compile("(?<pronoun>its|their)\\s+(?:[\\p{L}-]+\\s+){0,4}?"
			+ DOCUMENT_NOUNS);
	/** A role noun, then the name, opening a sentence: "His colleague Daniela Rossi", "The economist Ana Lima". */
	private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?:Her|His|Its|Their|Our|The)(?:\\s+\\p{Ll}[\\p{Ll}-]+){1,2}"
			+ "\\s+(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\b(?!['’])");
	/** A role with no name, then the name, opening a sentence: "Her predecessor, Paul Kinsella,", "Its director, X,". */
	private static final Pattern ROLE_APPOSITION = Pattern.compile("(?:Her|His|Its|Their|Our|The|A|An|\\p{Lu}[\\p{L}.-]*['’]s)"
			+ "(?<role>(?:\\s+[\\p{L}'’-]+){1,5}),\\s+(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}),");
	/** Capitalized titles and "of" right before a name run: a role without a name ("Chief Inspector of" Prisons). */
	private static final Pattern TITLE_OF = Pattern.compile("(?<titles>(?:(?!The\\b)\\p{Lu}[\\p{L}'’-]*\\s+){1,3})of\\s+$");
	/** A capitalized name of two to four words after a title. */
	private static final Pattern TITLED_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:al|el|de|da|van|von|bin|ibn)"
			+ "\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,3}");
	/** A participle or prepositional clause before the subject: "Asked whether ..., ", "Speaking in Lyon, ". */
	private static final Pattern FRONTED_CLAUSE = Pattern.compile("(?:\\p{Lu}\\p{Ll}+(?:ed|ing)|In|At|On|After|Before|During"
			+ "|Since|Under|Outside|Inside|For|Over|Now|Today|Yesterday|Every|Each|Last|This|Next|Earlier|Later|Once"
			+ "|Twice)\\b[^,.;:\"“”]{1,100},\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*\\s+\\p{Ll})");
	private static final Pattern GENERIC_PLURAL = Pattern.compile("(?i)(?:(?:some|many|several|other|most|the|two|three"
			+ "|four|five)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:" + PEOPLE + "|unions|groups|participants|scholars"
			+ "|families|police)");

	/**
	 * A speaker mention.
	 *
	 * @param start   start of the name (or noun phrase) in the text
	 * @param end     its end
	 * @param name    the name as written
	 * @param role    role given in apposition, empty if none
	 * @param pronoun whether it is a pronoun to resolve to an earlier speaker
	 * @param person  whether it looks like a person's or body's proper name (capitalized words)
	 */
	public record Mention(int start, int end, String name, String role, boolean pronoun, boolean person) {
	}

	private Mentions() {
	}

	/** The speaker named in {@code text[start, end)}, the subject of a reporting verb. */
	public static Optional<Mention> of(String text, int start, int end) {
		Optional<Mention> pronoun = SubjectShapes.embeddedPronoun(text, start, end);
		if (pronoun.isPresent()) { // "a measure it said would ...", "ratios, which he said were ...": the pronoun speaks
			return pronoun;
		}
		Matcher conjunction = LEADING_CONJUNCTION.matcher(text).region(start, end);
		if (conjunction.lookingAt() && conjunction.end() < end) { // "..., and he says the numbers ...": he
			return of(text, conjunction.end(), end);
		}
		String subject = text.substring(start, end);
		if (subject.indexOf('(') >= 0) { // "the Office for National Statistics (ONS)": the acronym blanked out
			subject = ACRONYM.matcher(subject).replaceAll(m -> " ".repeat(m.group().length()));
		}
		int fronted = SubjectShapes.afterFronted(subject);
		if (fronted > 0) { // "In Chad, which hosts ..., the agency's representative, X,"
			return of(text, start + fronted, end);
		}
		Matcher document = OWNERS_DOCUMENT.matcher(subject);
		if (document.matches()) { // "the Electoral Court's preliminary count": the court
			return of(text, start + document.start("owner"), start + document.end("owner"));
		}
		Optional<Mention> personOf = SubjectShapes.personOfBody(subject, start);
		if (personOf.isPresent()) { // "Marta Kowalczyk of the Rethink Plastic alliance"
			return personOf;
		}
		Matcher auxiliary = AUXILIARY_AFTER_COMMA.matcher(subject);
		if (auxiliary.find() && auxiliary.start() > 0) { // "The World Bank, which is lending ..., has said": the bank
			return of(text, start, start + auxiliary.start() + 1);
		}
		Matcher relative = RELATIVE_APPOSITION.matcher(subject);
		if (relative.find() && relative.start() > 0) { // "The company, which employs 4,000 people,": the company
			return of(text, start, start + relative.start());
		}
		Matcher who = RELATIVE_WHO.matcher(subject);
		if (who.find() && who.start() > 0 && subject.lastIndexOf(',', who.start()) < 0) {
			return of(text, start, start + who.start()); // "A woman who was shopping in Tokyo": a woman, not Tokyo
		}
		Matcher coordinated = COORDINATED.matcher(subject);
		Matcher bodyFirst = DESCRIBED_BODY_NAME.matcher(subject);
		if (ENDS_COORDINATED.matcher(subject).find() && bodyFirst.lookingAt()
				&& COORDINATED.matcher(subject).region(bodyFirst.end(), subject.length()).lookingAt()) { // "Consumer group OCU welcomed the ruling and said": OCU
			return of(text, start + bodyFirst.start("name"), start + bodyFirst.end("name"));
		}
		Matcher apposition = APPOSITION_THEN_VERBS.matcher(subject);
		if (apposition.matches()) { // "Its spokesman, Piotr Zając, welcomed the plan but warned": the apposition's name
			Optional<Mention> named = of(text, start, start + apposition.end("np"));
			if (named.isPresent() && named.get().person()) {
				return named;
			}
		}
		if (ENDS_COORDINATED.matcher(subject).find() && coordinated.find()) { // "X welcomed the plan and said": the subject of the first verb
			Matcher simple = SIMPLE_SUBJECT.matcher(subject);
			int prefix = simple.lookingAt() ? simple.end("np") : leadingNounPhrase(subject, 0, subject.length());
			if (prefix > 0) {
				return of(text, start, start + prefix);
			}
		}
		if (OWN_SOURCE.matcher(subject.strip()).find()) {
			return Optional.empty(); // "according to our analysis": the writer's own words
		}
		Matcher adjunct = TRAILING_ADJUNCT.matcher(subject);
		if (adjunct.find() && adjunct.start() > 0 && subject.indexOf(',') < 0) {
			subject = subject.substring(0, adjunct.start()) + " ".repeat(subject.length() - adjunct.start());
		}
		String trimmed = TRAILING_SPACE.matcher(WHO.matcher(subject).replaceAll(",")).replaceAll("");
		Matcher source = SOURCE_OF.matcher(trimmed);
		if (source.matches()) { // "statistics from South Korea's Ministry of Justice": the ministry
			return of(text, start + source.start("body"), start + source.end("body"));
		}
		Matcher whose = SOURCE_OWNED.matcher(trimmed);
		if ((trimmed.contains("'s ") || trimmed.contains("’s ")) && whose.matches()) { // "the network's annual report": the network
			return of(text, start + whose.start("body"), start + whose.end("body"));
		}
		Matcher its = SOURCE_ITS.matcher(trimmed);
		if (its.matches()) { // "according to its report": the body "it" means
			return Optional.of(new Mention(start + its.start("pronoun"), start + its.end("pronoun"),
					its.group("pronoun").equals("its") ? "it" : "they", "", true, false));
		}
		Matcher bodyName = DESCRIBED_BODY_NAME.matcher(trimmed);
		if (bodyName.matches()) { // "Consumer group OCU", "airport operator Aena": the name
			return of(text, start + bodyName.start("name"), start + bodyName.end("name"));
		}
		Matcher generic = GENERIC_IN.matcher(trimmed);
		if (generic.matches()) { // "Critics in the US Congress", "officials at the ministry", "Health officials in X"
			int s0 = start + generic.start("head");
			return Optional.of(new Mention(s0, start + generic.end("head"), generic.group("head"), "", false, false));
		}
		Optional<Mention> group = SubjectShapes.counted(trimmed, start).or(() -> SubjectShapes.speaksFor(trimmed, start));
		if (group.isPresent()) { // "Two sources familiar with the talks", "A Ministry of Justice spokesperson"
			return group;
		}
		Optional<Mention> named = nameBeforeLongApposition(trimmed, start, text);
		if (named.isPresent()) {
			return named;
		}
		String role = "";
		int segEnd = trimmed.length();
		if (trimmed.endsWith(",")) { // "Name, role," before the verb
			int roleStart = trimmed.lastIndexOf(',', trimmed.length() - 2);
			if (roleStart < 0) {
				segEnd = trimmed.length() - 1;
			} else {
				role = trimmed.substring(roleStart + 1, trimmed.length() - 1).strip();
				segEnd = roleStart;
			}
		}
		if (!role.isEmpty() && NAME_ONLY.matcher(role).matches() && (role.contains(" ") || !isTitle(role)
				&& DESCRIPTION.matcher(trimmed.substring(trimmed.lastIndexOf(',', segEnd - 1) + 1, segEnd).strip()).matches())
				&& !NAME_ONLY.matcher(trimmed.substring(trimmed.lastIndexOf(',', segEnd - 1) + 1, segEnd).strip())
						.matches()) { // "Ireland's foreign minister, Sean Byrne," before the verb: the name is the apposition
			int nameStart = trimmed.indexOf(role, segEnd);
			int roleStart = trimmed.lastIndexOf(',', segEnd - 1) + 1;
			String described = trimmed.substring(roleStart, segEnd).strip();
			int abs = start + nameStart;
			return Optional.of(new Mention(abs, abs + role.length(), role, described, false, true));
		}
		if (!role.isEmpty() && ROLE_NOUN_END.matcher(trimmed.substring(0, segEnd)).find()) {
			int[] run = NameRuns.nameRun(role, text); // "X's deputy, Minister for Africa Ruth Okafor,": the apposition's name
			int nameStart = trimmed.indexOf(role, segEnd);
			if (run != null && run[1] == role.length() && role.substring(run[0], run[1]).contains(" ") && nameStart > 0) {
				int abs = start + nameStart + run[0];
				return Optional.of(new Mention(abs, abs + run[1] - run[0], role.substring(run[0], run[1]),
						trimmed.substring(0, segEnd).strip(), false, true));
			}
		}
		int segStart = trimmed.lastIndexOf(',', segEnd - 1) + 1;
		while (segStart < segEnd && Character.isWhitespace(trimmed.charAt(segStart))) {
			segStart++;
		}
		while (segEnd > segStart && Character.isWhitespace(trimmed.charAt(segEnd - 1))) {
			segEnd--;
		}
		if (segEnd <= segStart) {
			return Optional.empty();
		}
		Matcher and = LEADING_CONJUNCTION.matcher(trimmed).region(segStart, segEnd);
		if (and.lookingAt() && and.end() < segEnd) { // "..., and he says": he
			segStart = and.end();
		}
		String segment = trimmed.substring(segStart, segEnd);
		if (role.isEmpty() && segStart > 0 && ROLE.matcher(segment).find()) { // "Name, professor of X" before a verb
			int comma = trimmed.lastIndexOf(',', segStart - 1);
			int previous = trimmed.lastIndexOf(',', comma - 1) + 1;
			String candidate = trimmed.substring(previous, comma).strip();
			if (NAME_ONLY.matcher(candidate).matches()) {
				role = segment;
				segStart = trimmed.indexOf(candidate, previous);
				segEnd = segStart + candidate.length();
				segment = candidate;
			}
		}
		Matcher aux = AUXILIARIES.matcher(segment);
		if (aux.find() && aux.start() > 0) {
			segment = segment.substring(0, aux.start());
			segEnd = segStart + segment.length();
		}
		if (!segment.chars().anyMatch(Character::isLetter)) {
			return Optional.empty();
		}
		int abs = start + segStart;
		String lower = segment.toLowerCase(Locale.ROOT);
		String[] parts = WHITESPACE.split(lower);
		if (PRONOUNS.contains(lower) || AGE_REFERENCE.matcher(lower).matches() || (parts.length == 2 && parts[0].equals("the")
				&& (TITLES.contains(parts[1]) || BODY_NOUNS.contains(parts[1])))) {
			// "he", "she", "the minister": the last person named
			return Optional.of(new Mention(abs, abs + segment.length(), segment, role, true, false));
		}
		Matcher spokesperson = PERSON_FOR.matcher(segment);
		if (spokesperson.matches()) { // "a spokesperson for the Treasury": the body speaks
			return of(text, abs + spokesperson.start("body"), abs + segment.length());
		}
		Matcher office = BODY_OF_TITLE.matcher(segment);
		if (office.matches() && isOrganisationWord(office.group("body"))) { // "The Office of the Prime Minister"
			int s0 = abs + office.start("name");
			return Optional.of(new Mention(s0, abs + office.end("name"), office.group("name"), role, false, true));
		}
		int[] run = NameRuns.nameRun(segment, text);
		Matcher titleOf = run == null ? null : TITLE_OF.matcher(segment.substring(0, run[0]));
		if (titleOf != null && titleOf.find() && allTitles(titleOf.group("titles")) // "the Chief Inspector of Prisons"
				&& WHITESPACE.split(segment.substring(run[0], run[1]).strip()).length <= 2
				&& Genders.ofName(segment.substring(run[0], run[1])) == Genders.Gender.UNKNOWN) {
			int s0 = abs + titleOf.start("titles");
			return Optional.of(new Mention(s0, abs + run[1], text.substring(s0, abs + run[1]), role, false, false));
		}
		if (run != null) {
			String name = segment.substring(run[0], run[1]);
			int of = NameRuns.personOfOrganisation(name);
			if (of > 0) { // "Hiroshi Kondo of Keio University"
				String organisation = name.substring(of).strip();
				name = name.substring(0, of).strip();
				return Optional.of(new Mention(abs + run[0], abs + run[0] + name.length(), name,
						role.isEmpty() ? organisation : role, false, true));
			}
			return Optional.of(new Mention(abs + run[0], abs + run[1], name, role, false, true));
		}
		String[] words = WHITESPACE.split(segment);
		String head = parts[parts.length - 1];
		boolean body = ORGANISATIONS.contains(head) || BODY_NOUNS.contains(head); // "the World Health Organization's regional office"
		if ((words.length <= 5 || body && words.length <= 8) && !lower.startsWith("this") && !lower.startsWith("it ")) {
			return Optional.of(new Mention(abs, abs + segment.length(), segment, role, false, false));
		}
		return Optional.empty();
	}

	/**
	 * "NetChoice, a trade group that represents Meta, Google and TikTok," or "Sen. James Whitaker, R-Texas, its lead
	 * author,": a name, then an apposition that itself holds commas; the name is the first part.
	 */
	private static Optional<Mention> nameBeforeLongApposition(String trimmed, int start, String text) {
		int comma = trimmed.indexOf(',');
		if (!trimmed.endsWith(",") || comma < 0 || trimmed.indexOf(',', comma + 1) == trimmed.length() - 1) {
			return Optional.empty(); // fewer than two commas inside: the ordinary "Name, role," of the caller
		}
		String first = trimmed.substring(0, comma);
		String lead = first.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
		String next = trimmed.substring(comma + 1).strip();
		if (NOT_NAMES.contains(lead) || next.isEmpty() || !(Character.isLowerCase(next.charAt(0))
				|| next.matches("^[A-Z]-[A-Z][\\p{L}.]*,.*"))) {
			return Optional.empty();
		}
		int[] run = NameRuns.nameRun(first, text);
		if (run == null || run[1] != first.stripTrailing().length()) {
			return Optional.empty();
		}
		String name = first.substring(run[0], run[1]);
		String role = trimmed.substring(comma + 1, trimmed.length() - 1).strip();
		return Optional.of(new Mention(start + run[0], start + run[1], name, role, false, true));
	}

	/**
	 * The person last named with the title of {@code the} ("the minister", "the senator") before it: "Transport Minister
	 * Volker Wissing", "Berlin's senator for urban development, Christian Gaebler"; empty if none in the 1,500
	 * characters before.
	 */
	public static Optional<Mention> titled(String text, Mention the) {
		String title = the.name().substring(the.name().indexOf(' ') + 1).toLowerCase(Locale.ROOT);
		int from = Math.max(0, the.start() - 1500);
		if (BODY_NOUNS.contains(title)) {
			return bodyNamedAfter(text, title, from, the.start());
		}
		Matcher m = TITLED.computeIfAbsent(title.toLowerCase(Locale.ROOT), t -> Pattern.compile("(?i:\\b" + Pattern.quote(t)
				+ ")\\b(?<after>(?:[^.;:\"“”]|(?<=\\b\\p{Lu})\\.|(?<=\\b(?:Hon|Rt|Dr|Mr|Mrs|Ms|Prof|Sen|Gen|Gov|Amb))\\.){0,80})")).matcher(text).region(from, the.start());
		Mention last = null;
		while (m.find()) { // the first person's name after the title: "The Chairperson of the X Commission, H.E. Y"
			Matcher name = TITLED_NAME.matcher(text).region(m.start("after"), m.end("after"));
			while (name.find()) {
				Optional<Mention> named = of(text, name.start(), name.end()).filter(Mention::person)
						.filter(x -> !x.pronoun() && !SpeakerRegistry.isBodyName(x.name()));
				if (named.isPresent()) {
					last = named.get();
					break;
				}
			}
		}
		return Optional.ofNullable(last);
	}

	/**
	 * The person a sentence opening with "The minister", "The president" (a title, then a lower-case verb) refers to:
	 * the one last named with that title before it; empty otherwise.
	 */
	public static Optional<Mention> titledSubject(String text, int start, int end) {
		Matcher m = TITLE_OPENING.matcher(text).region(start, end);
		if (!m.lookingAt() || !TITLES.contains(m.group("title").toLowerCase(Locale.ROOT))) {
			return Optional.empty();
		}
		Mention the = new Mention(start, m.end("title"), "the " + m.group("title"), "", true, false);
		return titled(text, the);
	}

	/** Whether {@code the} is "the group", "the company": a body, said by itself when no body was named so. */
	/**
	 * Whether {@code m} refers back by a title or a body's noun ("the minister", "the committee"), to be looked up among
	 * those named with it, rather than as "he" or "she" or a person's age ("the 58-year-old") are.
	 */
	public static boolean isTitleReference(Mention m) {
		return m.pronoun() && m.name().contains(" ") && !AGE_REFERENCE.matcher(m.name().toLowerCase(Locale.ROOT)).matches();
	}

	public static boolean isBodyReference(Mention the) {
		String name = the.name().toLowerCase(Locale.ROOT);
		return BODY_NOUNS.contains(name.substring(name.indexOf(' ') + 1));
	}

	/** The body last named right after {@code noun} ("the housing company Vonovia") in {@code text[from, to)}. */
	static Optional<Mention> bodyNamedAfter(String text, String noun, int from, int to) {
		Matcher m = BODY_NAMED.computeIfAbsent(noun, n -> Pattern.compile("(?i:\\b" + Pattern.quote(n)
				+ ")\\s+(?<name>\\p{Lu}[\\p{L}'’&-]+(?:\\s+\\p{Lu}[\\p{L}'’&-]+){0,4})"
				// "the City of Cape Town", "the Municipality of Lisbon": the noun opens the body's name
				+ "|\\b(?<name2>" + Character.toUpperCase(n.charAt(0)) + Pattern.quote(n.substring(1))
				+ "\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’&-]+(?:\\s+\\p{Lu}[\\p{L}'’&-]+){0,3})")).matcher(text).region(from, to);
		Mention last = null;
		while (m.find()) {
			String g = m.group("name") != null ? "name" : "name2";
			last = new Mention(m.start(g), m.end(g), m.group(g), "", false, true);
		}
		return Optional.ofNullable(last);
	}

	/** Whether {@code word} is a personal pronoun ("he", "it"), in lower case. */
	static boolean isPronoun(String word) {
		return PRONOUNS.contains(word);
	}

	/** Whether {@code word} opens a clause or phrase and names no one, capitalized or not ("When", "During", "The"). */
	public static boolean isFunctionWord(String word) {
		return NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
	}

	/** Whether {@code name} is a group of people ("Critics", "Some analysts"): neither "he" nor "she". */
	public static boolean isGenericPlural(String name) {
		return GENERIC_PLURAL.matcher(name.strip()).matches();
	}

	/** The words that end a body's name, in lower case. */
	public static Set<String> organisationWords() {
		return ORGANISATIONS;
	}

	/** Whether {@code word} ends a body's name (University, Ministry, Committee, ...). */
	public static boolean isOrganisationWord(String word) {
		return ORGANISATIONS.contains(word.toLowerCase(Locale.ROOT));
	}

	private static boolean allTitles(String words) {
		for (String w : WHITESPACE.split(words.strip())) {
			if (!isTitle(w)) {
				return false;
			}
		}
		return true;
	}

	/** Whether {@code token} is a title word (President, Minister, Dr., ...). */
	public static boolean isTitle(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		if (TITLES.contains(lower)) {
			return true;
		}
		if (lower.indexOf('-') > 0) { // "Secretary-General", "Vice-Chancellor", not "Jae-myung"
			for (String part : lower.split("-")) {
				if (TITLES.contains(part)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The person named at the start of a sentence ("Chang Dae-whan, chairman of X, reviewed ...", "Ambassador Dai
	 * Bing highlighted ..."): what "he" or "she" in the next sentence refers to. Empty if it does not start with a
	 * person's name.
	 */
	public static Optional<Mention> sentenceSubject(String text, int start, int end) {
		start += Datelines.end(text.substring(start, end)); // "14:02 The Chancellor ...", "NAIROBI — President X ..."
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (start < end && QuotationMarks.isOpener(text.charAt(start))) {
			return Optional.empty(); // ""South Africans have heard this before," he said": the quote's words name no one
		}
		Matcher apposition = ROLE_APPOSITION.matcher(text).region(start, end);
		if (apposition.lookingAt() && isRole(apposition.group("role"))) { // "Her predecessor, Paul Kinsella, disagrees"
			return of(text, apposition.start("name"), apposition.end("name"));
		}
		int prefixEnd = leadingNounPhrase(text.substring(start, end), 0, end - start);
		if (prefixEnd <= 0) {
			return Optional.empty();
		}
		String first = text.substring(start, end).split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
		Matcher fronted = FRONTED_CLAUSE.matcher(text).region(start, end);
		if (fronted.lookingAt() && !first.equals("according")) { // "Asked whether she would run, Mendes laughed"
			return sentenceSubject(text, fronted.end(), end);
		}
		if (NOT_NAMES.contains(first)) {
			return Optional.empty(); // "According to X, ...", "During the visit, ..."
		}
		Matcher roleName = ROLE_THEN_NAME.matcher(text).region(start, end);
		if (roleName.lookingAt()) { // "His colleague Daniela Rossi, who models future melt, is more blunt"
			return of(text, roleName.start("name"), roleName.end("name"));
		}
		return of(text, start, start + prefixEnd).filter(Mention::person)
				.filter(m -> m.name().contains(" ") || !m.name().toLowerCase(Locale.ROOT).endsWith("ing"))
				.filter(m -> m.name().contains(" ") || namedElsewhere(text, m.name()));
	}

	/**
	 * Whether the words of a role before a name in commas are one: lower-case ("predecessor", "chief economist"), or
	 * capitalized as British papers write titles when the last is a title ("The Chancellor", "The Foreign Secretary").
	 */
	private static boolean isRole(String words) {
		String[] w = words.strip().split("\\s+");
		boolean capitalized = java.util.Arrays.stream(w).anyMatch(x -> Character.isUpperCase(x.charAt(0)));
		int head = w.length > 1 && w[0].equalsIgnoreCase("the") ? 1 : 0; // "The Minister of the Economy"
		boolean titleOf = head + 1 < w.length && isTitle(w[head]) && w[head + 1].equals("of");
		return !capitalized || isTitle(w[w.length - 1]) || titleOf;
	}

	private static final Pattern TOKEN = Pattern.compile("[^\\s,]+|,");

	/**
	 * Where the capitalized words that open {@code s[from, to)} end: before the first comma or lower-case word that
	 * is no connector ("of", "van") and no title before a name ("Bundesbank chief Joachim Nagel"); -1 if there is
	 * none.
	 */
	static int leadingNounPhrase(String s, int from, int to) {
		List<int[]> tokens = new java.util.ArrayList<>();
		Matcher t = TOKEN.matcher(s).region(from, to);
		while (t.find()) {
			tokens.add(new int[] { t.start(), t.end() });
		}
		for (int k = 0; k < tokens.size(); k++) {
			String token = s.substring(tokens.get(k)[0], tokens.get(k)[1]);
			if (token.equals(",") || (Character.isLowerCase(token.charAt(0)) && k > 0 && !CONNECTORS.contains(token))) {
				int title = titleBeforeName(s, tokens, k);
				if (title >= k) { // "Bundesbank chief Joachim Nagel", "Trade union leader Ana Silva"
					k = title;
					continue;
				}
				return tokens.get(k)[0];
			}
		}
		return -1;
	}

	/**
	 * At a lowercase word {@code k} of a sentence's first words: the index of a title among it and the next two
	 * lowercase words that a capitalized name follows ("chief" in "Bundesbank chief Joachim Nagel"), else -1.
	 */
	private static int titleBeforeName(String sentence, List<int[]> tokens, int k) {
		for (int j = k; j < Math.min(tokens.size() - 1, k + 3); j++) {
			String word = sentence.substring(tokens.get(j)[0], tokens.get(j)[1]);
			if (!Character.isLowerCase(word.charAt(0))) {
				return -1;
			}
			String next = sentence.substring(tokens.get(j + 1)[0], tokens.get(j + 1)[1]);
			if (isTitle(word) && Character.isUpperCase(next.charAt(0))) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * Whether a one-word name also stands inside a sentence somewhere (after a word or a comma): a
	 * capitalized word seen only at sentence starts ("Small island states said") is no name.
	 */
	static boolean namedElsewhere(String text, String name) {
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			int after = at + name.length();
			if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
				continue;
			}
			int i = at - 1;
			while (i >= 0 && text.charAt(i) == ' ') {
				i--;
			}
			if (i >= 0 && i < at - 1 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == ',')) {
				return true;
			}
		}
		return false;
	}
}
