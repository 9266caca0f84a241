package org.policyannotator.suggest.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.AttributeValue;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggestion;
import org.policyannotator.suggest.internal.NumberWords;
import org.policyannotator.suggest.internal.PointSeries;

/**
 * Statistics: a number (digits or words, with an approximator, a currency sign, a scale) followed by what it counts
 * (percent, a currency, a unit of measure or time, or up to five words ending in a plural noun), or a hyphenated
 * measure ("four-day", "144-hour"). Not statistics: years, dates and times, ordinals, list numbering, numbers inside
 * names ("Five-Year Plan") and definite references back to known things ("the two countries").
 */
public final class StatisticSuggester implements Suggester {
	/** This rule's id. */
	public static final String ID = "org.policyannotator.suggest.statistics";
	/** ISO codes of currencies written before an amount ("HUF 300bn", "INR 5,000"). */
	private static final String CODES = "RMB|USD|EUR|CNY|GBP|JPY|KRW|HUF|PLN|CZK|SEK|NOK|DKK|CHF|INR|BRL|MXN|ZAR|NGN"
			+ "|KES|IDR|THB|VND|AUD|CAD|NZD|SGD|HKD|TWD|SAR|AED|EGP|PKR|BDT|RUB|UAH|ILS|ARS|CLP|TRY";
	/**
	 * After "R" (rand) or "RM" (ringgit): an amount, not a name such as "Route R5" or "R2-D2": a decimal, three digits
	 * or more, or a scale ("R2.1 billion", "R500", "RM3 bn").
	 */
	private static final String AMOUNT_AHEAD = "(?=\\d{1,3}(?:[,.]\\d|\\d)|\\d+\\s?(?:thousand|million|billion|trillion|bn|mn|tn|m)\\b)";
	private static final String APPROX = "(?:about|around|roughly|nearly|almost|approximately|some|over|more than|less than"
			+ "|fewer than|up to|at least|at most|close to|just over|just under|a little over|a little under|under"
			+ "|an estimated|estimated|as many as|as much as|upwards of|in excess of|nearly|well over)";
	private static final Pattern NUMBER = Pattern.compile("(?<approx>\\b(?i:" + APPROX + ")\\s+)?"
			+ "(?<cur>(?:US\\$|HK\\$|A\\$|C\\$|S\\$|R\\$|NZ\\$|\\$|€|£|¥|₩|₹|₦|₱|₺|฿|Rs\\.?\\s?|Rp\\.?\\s?|KSh\\s?|Ksh\\s?"
			+ "|(?:RM|R|Sh|Tk)" + AMOUNT_AHEAD + "|Tk\\s" + AMOUNT_AHEAD + "|(?:" + CODES + ")\\s?))?"
			+ "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?i:" + NumberWords.PATTERN + ")\\b)"
			+ "(?<range>\\s?(?:-|–|to)\\s?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)?"
			+ "(?<scale>\\s?(?:thousand|million|billion|trillion|bn|mn|tn)\\b)?"
			+ "(?<range2>\\s?(?:-|–|to)\\s?(?:[$€£¥₹]|(?:" + CODES + ")\\s?)?\\d+(?:\\.\\d+)?\\s?(?:thousand|million|billion|trillion|bn|mn|tn)\\b)?");
	private static final Set<String> STARTERS = starters();
	/** The longest starter: a longer word is none. */
	private static final int STARTER_LENGTH = STARTERS.stream().mapToInt(String::length).max().orElse(0);
	private static final Pattern PERCENT = Pattern.compile("\\G\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b|pct\\b)");
	private static final Pattern CURRENCY = Pattern.compile("\\G\\s(?:(?:U\\.S\\.|US|Hong Kong|Singapore|Australian|Canadian"
			+ "|New Zealand|Taiwan|Brunei)\\s)?(?:dollars?|yuan|renminbi|euros?|pounds?(?: sterling)?|yen|won|rupees?"
			+ "|roubles?|rubles?|francs?|pesos?|reais|rand|lira|dirhams?|riyals?|ringgit|baht|dong|rupiah)\\b");
	private static final Pattern HYPHEN_UNIT = Pattern.compile("\\G-(?:minute|hour|day|week|month|year|decade|kilometer"
			+ "|kilometre|km|mile|meter|metre|member|nation|country|person|seat|storey|story|ton|tonne|gigawatt|megawatt"
			+ "|kilowatt|terawatt|GW|MW|kW|hectare|acre|kilogram|kg|litre|liter|square-kilometre|square-kilometer)\\b");
	/** A fraction as a share: "a fifth", "nearly two-thirds of", "by a quarter" (not "a third country"). */
	private static final Pattern FRACTION = Pattern.compile("(?i)\\b(?:a|one|two|three|four)[- ](?:half|third|quarter"
			+ "|fifth|tenth|thirds|quarters|fifths|tenths)\\b");
	private static final Pattern FRACTION_LEAD = Pattern.compile("(?i)\\b(?<approx>" + APPROX + ")?(?<prep>by|to|than)?\\s+$");
	/** A share of a percentage point: "a quarter point", "half a percentage point". */
	private static final Pattern POINT_AFTER = Pattern.compile("\\G\\s+(?:percentage\\s+)?points?\\b");
	private static final Pattern OF_AFTER = Pattern.compile("\\G\\s+of\\b");
	/** What a period followed by these words does: it places a figure in time ("five years earlier"). */
	private static final Pattern TIME_PLACING = Pattern.compile("(?i)\\G\\s+(?:ago|earlier|later|before|after|previously"
			+ "|from now|prior|on(?=\\s*[,.;]))\\b");
	/** What before a period makes it place something in time: "the lowest in four years", "within six weeks". */
	private static final Pattern TIME_PLACING_BEFORE = Pattern.compile("(?i)(?:\\b(?:lowest|highest|biggest|largest"
			+ "|smallest|fastest|slowest|strongest|weakest|worst|best|shortest|longest|deepest|sharpest|steepest|hottest"
			+ "|coldest|wettest|driest|busiest|cheapest|poorest|richest|quickest|tightest|widest)\\b[^.;,]{0,40}\\bin\\s+(?:(?:more than|over|almost"
			+ "|nearly|about)\\s+)?(?:the\\s+(?:last|past)\\s+)?|\\bin\\s+the\\s+(?:(?:coming|next|past|last|following"
			+ "|previous)\\s+)?)$");
	/** After "in the 12 months": "to July", "through March", "ending June" place the figure. */
	private static final Pattern PERIOD_TO = Pattern.compile("(?i)\\G\\s+(?:to|through|ending|ended|until)\\s+\\p{Lu}");
	/** Words between a count and what it counts: "1,200 more firefighters". */
	private static final Set<String> COUNT_MORE = Set.of("more", "additional", "extra");
	/** A vote's count: "voted 9-3", "passed the bill 63-35". */
	private static final Pattern VOTE = Pattern.compile("(?i)\\b(?:voted|votes?|passed|approved|rejected|adopted|backed"
			+ "|defeated|advanced|cleared|confirmed)\\b[^.;:\\d]{0,40}?(?<count>(?<!\\d)\\d{1,3}[-–]\\d{1,3})(?![-–]?\\d)");
	/** People of an age: "children under five", "people over 65", "those aged three and over". */
	private static final Pattern AGE_GROUP = Pattern.compile("(?i)\\b(?:children|kids|babies|infants|people|adults|those"
			+ "|anyone|girls|boys|women|men|patients|pupils|residents)\\s+(?:aged\\s+)?(?:(?:under|over|below|above|aged)\\s+)?$");
	private static final Set<String> TIME_UNITS = Set.of("years", "months", "weeks", "days", "decades", "hours",
			"minutes", "year", "month", "week", "day", "decade", "hour");
	/** Things counted in a list that follows ("three recommendations:"): the count of a proposal's points. */
	private static final Pattern LIST_COUNT = Pattern.compile("(?i)(?:recommendations|proposals|measures|steps|priorities"
			+ "|principles|demands|suggestions|points|pillars|goals|objectives|areas|tasks|commitments|reforms)");
	private static final Pattern LIST_FOLLOWS = Pattern.compile("\\G\\s*(?::|,?\\s+(?:namely|as follows)\\b)");
	private static final Set<String> DECIMAL_BEFORE = Set.of("to", "from", "at", "of", "was", "is", "reached", "hit",
			"stood", "remained", "stayed");
	/** The "and" of a range after "between": "between 25,000 and". */
	private static final Pattern AND_NEXT = Pattern.compile("\\G\\s+and\\s+");
	/** A time of day after a number: "around 3 pm", "at 10 a.m.", "at 9 o'clock". */
	private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)\\G\\s?(?:[ap]\\.?m\\b\\.?|o['’]clock\\b|h\\b|GMT\\b|UTC\\b)");
	private static final Pattern WORD = Pattern.compile("\\G\\s+([\\p{L}][\\p{L}\\d'’-]*)");
	private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "from",
			"with", "by", "and", "or", "but", "than", "that", "which", "who", "this", "these", "those", "it", "its",
			"their", "his", "her", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
			"as", "into", "per", "during", "since", "after", "before", "over", "under", "about", "between", "among",
			"ago", "each", "more", "less", "so", "far", "last", "next", "while", "when", "where", "if",
			"yet", "not", "can", "could", "may", "might", "should", "also", "out", "up", "down", "off", "only");
	private static final Set<String> SINGULAR_UNITS = Set.of("percent", "kilometer", "kilometre", "meter", "metre",
			"km", "hectare", "acre", "barrel", "tonne", "ton", "year", "month", "day", "hour", "week", "person",
			"people", "staff", "personnel", "livestock", "cattle", "equipment", "children", "grandchildren", "men",
			"women", "aircraft", "police", "sheep", "fish", "feet", "crew");
	/** A temperature written with its scale: "52.3C", "40 °C", "104F". */
	private static final Pattern DEGREES = Pattern.compile("\\G\\s?(?:°\\s?[CF]|[CF])(?![\\p{L}\\d])");
	/** "aged 13 to 17", "Maria Santos, 52, who ...": a person's age. */
	private static final Pattern AGED_BEFORE = Pattern.compile("(?:\\baged|\\p{Lu}\\p{Ll}+,)\\s$");
	/** "more than half", "nearly half of": a share given as a half. */
	private static final Pattern RANK_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:top|bottom)\\s+$");
	private static final Pattern HALF_OWNED = Pattern.compile("\\s+(?:of\\s+)?(?:her|his|its|their|the|all)\\s+\\p{L}[\\p{L}-]*");
	private static final Set<String> NOT_BEFORE_HALF = Set.of("first", "second", "last", "latter", "other", "a", "the",
			"one", "and", "by", "in", "an", "this", "that", "each", "every", "next", "past", "former", "later", "early");
	private static final Pattern HALF_LEAD = Pattern.compile("(?i)\\b(?<approx>" + APPROX + ")\\s+$");
	/**
	 * Words before a number word that make it a reference back ("the two countries", "our two nations"); a third
	 * person's possessive gives news ("her three grandchildren", "its two blast furnaces").
	 */
	private static final Set<String> DETERMINERS = Set.of("the", "both", "these", "those", "each", "every", "all",
			"our", "my", "your");
	private static final Set<String> ORDINAL_BEFORE = Set.of("first", "last", "next", "final", "initial");
	/** "over the next", "within the last", "for the past": what makes the number after it measure a stretch of time. */
	private static final Pattern MEASURED_BEFORE = Pattern.compile("(?i)\\b(?:over|within|for|during)\\s+the\\s+(?:next"
			+ "|last|past)\\s+$");
	private static final Pattern TIME_UNIT_AFTER = Pattern.compile("(?i)\\G\\s+(?:years?|months?|weeks?|days?|decades?"
			+ "|hours?)\\b");
	private static final Pattern TIME_UNIT_WORD = Pattern.compile("(?i)year|month|week|day|hour|decade");
	/** A rate or price that a span of time qualifies: "10-year yield", "12-month inflation", "10-year average". */
	private static final Pattern RATE_AFTER = Pattern.compile("\\G\\s+(?:\\p{L}+\\s+)?(?:yields?|average|inflation|rates?"
			+ "|bonds?|notes?|gilts?|highs?|lows?|moving|Treasury|treasury|CPI)\\b");
	/** A multiplier: "twice what the hospital pays", "more than twice as many". */
	private static final Pattern TWICE = Pattern.compile("(?i)\\b(?:(?<approx>more than|nearly|almost|about|roughly)\\s+)?"
			+ "twice(?=\\s+(?:as|what|the|that|its|their|his|her|a|an|this|those|these)\\b)");
	/** One unit of time: "a year", "an hour" (what comes before it is looked at only then, see {@link #MEASURES_ONE}). */
	private static final Pattern ONE_UNIT = Pattern.compile("\\ban?\\s+(?<unit>year|month|week|day|decade|hour|century)\\b");
	/** What before one unit of time measures it: "within a year", "for a decade", "more than an hour". */
	private static final Pattern MEASURES_ONE = Pattern.compile("(?i)\\b(?:within|for|over|(?<approx>more than|less than"
			+ "|nearly|almost|about|just over|just under|at least|at most|up to))\\s+$");
	private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b\\.?";
	private static final Pattern MONTH = Pattern.compile("\\b" + MONTHS + "\\s*$");
	private static final Pattern MONTH_AFTER = Pattern.compile("\\G\\s" + MONTHS);
	private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:up|down|rose|fell|increased|decreased|grew"
			+ "|dropped|declined|jumped|surged|climbed|plunged|rising|falling|growth of|increase of|decrease of|drop of"
			+ "|rise of)(?: by)?\\s+$");
	private static final Pattern CHANGE_AFTER = Pattern.compile("(?i)\\G\\s*(?:year-on-year|year on year|month-on-month"
			+ "|from a year (?:earlier|ago)|compared with [^,.;]*|compared to [^,.;]*|over the same period[^,.;]*)");
	private static final Pattern ESTIMATE = Pattern.compile("(?i)\\b(?:estimated|expected|forecast|projected|predicted"
			+ "|is set to|will)\\b");

	/** Creates the rule. */
	public StatisticSuggester() {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "Numbers with what they count: percentages, money, measures, durations, counts (not dates, years,"
				+ " ordinals or list numbers)";
	}

	@Override
	public Set<String> types() {
		return Set.of("statistic");
	}

	@Override
	public List<Suggestion> suggest(SuggestContext context) {
		String text = context.text();
		List<Suggestion> found = new ArrayList<>();
		Matcher m = NUMBER.matcher(text).useTransparentBounds(true);
		int length = text.length();
		int i = 0;
		while (i < length) {
			if (!mayStart(text, i)) {
				i++;
				continue;
			}
			m.region(i, length);
			if (!m.lookingAt()) {
				i++;
				continue;
			}
			if (m.group("range") != null && m.group("range").strip().startsWith("to")
					&& lastWord(text.substring(Math.max(0, i - 12), i)).equals("from")) {
				m.region(i, m.end("num")); // "fell from 56,000 to 32,000": a change between two figures, not a range
				m.lookingAt();
			}
			Optional<Suggestion> s = between(context, m).or(() -> statistic(context, m));
			i = s.isPresent() ? Math.max(s.get().end(), i + 1) : Math.max(m.end(), i + 1);
			s.ifPresent(found::add);
		}
		fractions(context, found);
		votes(context, found);
		oneUnitDurations(context, found);
		multipliers(context, found);
		found.sort(java.util.Comparator.comparingInt(Suggestion::start));
		return found;
	}

	/**
	 * "between 25,000 and 35,000 euros", "between 1.34 million and 1.37 million tons": one statistic from "between" to
	 * the second figure's unit, valued at the first, when the second is a statistic; else empty.
	 */
	private Optional<Suggestion> between(SuggestContext context, Matcher m) {
		String text = context.text();
		int numEnd = m.end();
		if (m.group("approx") != null || !lastWord(text.substring(Math.max(0, m.start() - 12), m.start())).equals("between")) {
			return Optional.empty();
		}
		Matcher and = at(AND_NEXT, text, numEnd);
		if (and == null) {
			return Optional.empty();
		}
		Matcher second = NUMBER.matcher(text).region(and.end(), text.length()).useTransparentBounds(true);
		if (!second.lookingAt() || second.group("approx") != null) {
			return Optional.empty();
		}
		Optional<BigDecimal> value = NumberWords.value(m.group("num"));
		return statistic(context, second).filter(x -> value.isPresent()).map(x -> {
			Map<String, AttributeValue> attributes = new LinkedHashMap<>(x.attributes());
			attributes.put("value", new AttributeValue.Number(value.get()));
			int start = text.lastIndexOf("between", m.start());
			return Suggestion.of(x.key(), "statistic", start, x.end(), attributes, ID);
		});
	}

	/** Whether a group of people of an age comes right before {@code at}: "children under", "people aged". */
	private static boolean ageGroup(String text, int at) {
		int i = at - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		if (i < 1 || !Character.isLetter(text.charAt(i))) {
			return false;
		}
		return AGE_GROUP.matcher(text.substring(Math.max(0, at - 40), at)).find();
	}

	/**
	 * "over the next five years", "within the next 12 months", "for the past three decades": a stretch of time that
	 * is measured (a duration, a deadline, the time a figure is spread over), not placed like "the first ten months".
	 */
	private static boolean measuredStretch(String text, String before, int numEnd) {
		return MEASURED_BEFORE.matcher(before).find() && followedBy(TIME_UNIT_AFTER, text, numEnd);
	}

	/**
	 * "within a year", "for a decade", "more than a year": one unit of time measured by its article. Not "£123 a
	 * year" (a rate) or "in a year" (it places); "a year ago" places too.
	 */
	private static void oneUnitDurations(SuggestContext context, List<Suggestion> found) {
		String text = context.text();
		if (!text.contains(" a")) {
			return;
		}
		Matcher d = ONE_UNIT.matcher(text);
		while (d.find()) {
			Matcher measured = MEASURES_ONE.matcher(text.substring(Math.max(0, d.start() - 16), d.start()));
			if (!measured.find()) {
				continue;
			}
			int s = measured.group("approx") != null ? d.start() - (measured.regionEnd() - measured.start("approx"))
					: d.start();
			int e = d.end();
			if (TIME_PLACING_BEFORE.matcher(text.substring(Math.max(0, s - 60), s)).find()) {
				continue; // "the highest level in nearly a century" places
			}
			if (!followedBy(TIME_PLACING, text, e) && (e >= text.length() || "'’".indexOf(text.charAt(e)) < 0)) {
				addIfFree(context, found, s, e, BigDecimal.ONE, d.group("unit").toLowerCase(Locale.ROOT),
						measured.group("approx") != null); // not "a year ago" or "more than a month's rain"
			}
		}
	}

	/** Adds a statistic of {@code value} {@code unit} over [s, e) unless one found before overlaps it. */
	private static void addIfFree(SuggestContext context, List<Suggestion> found, int s, int e, BigDecimal value,
			String unit, boolean estimate) {
		if (found.stream().anyMatch(f -> f.start() < e && s < f.end())) {
			return;
		}
		Map<String, AttributeValue> attributes = new java.util.LinkedHashMap<>();
		attributes.put("value", new AttributeValue.Number(value));
		attributes.put("unit", new AttributeValue.Text(unit));
		if (estimate) {
			attributes.put("estimate", new AttributeValue.Bool(true));
		}
		found.add(Suggestion.of(context.newKey(), "statistic", s, e, attributes, ID));
	}

	/** Whether a digit, a hyphen or dash and a digit follow each other somewhere in {@code text} ("9-3", "63–35"). */
	private static boolean hasTally(String text) {
		for (int i = 1; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '-' || c == '–') && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
				return true;
			}
		}
		return false;
	}

	/** "twice what the hospital pays", "more than twice as many": a multiplier is a statistic (value 2, unit times). */
	private static void multipliers(SuggestContext context, List<Suggestion> found) {
		String text = context.text();
		if (!text.contains("twice")) {
			return;
		}
		Matcher t = TWICE.matcher(text);
		while (t.find()) {
			addIfFree(context, found, t.start(), t.end(), BigDecimal.valueOf(2), "times", t.group("approx") != null);
		}
	}

	/** "voted 9-3", "passed 63-35": a vote's count is a statistic. */
	private static void votes(SuggestContext context, List<Suggestion> found) {
		if (!hasTally(context.text())) {
			return; // a cheap first look: the pattern tries its verbs at every position
		}
		Matcher v = VOTE.matcher(context.text());
		while (v.find()) {
			int s = v.start("count");
			int e = v.end("count");
			if (found.stream().noneMatch(f -> f.start() < e && s < f.end())) {
				found.add(Suggestion.of(context.newKey(), "statistic", s, e, Map.of("unit", new AttributeValue.Text(
						"votes")), ID));
			}
		}
	}

	/** The value of "a fifth", "two-thirds", "three quarters" (three decimals). */
	private static BigDecimal fractionValue(String fraction) {
		String[] parts = fraction.toLowerCase(Locale.ROOT).split("[- ]");
		int numerator = List.of("a", "one", "two", "three", "four").indexOf(parts[0]);
		String d = parts[1].replaceAll("s$", "");
		int denominator = switch (d) {
		case "half" -> 2;
		case "third" -> 3;
		case "quarter" -> 4;
		case "fifth" -> 5;
		default -> 10;
		};
		return BigDecimal.valueOf(Math.max(1, numerator)).divide(BigDecimal.valueOf(denominator), 3,
				java.math.RoundingMode.HALF_UP).stripTrailingZeros();
	}

	/** Shares given as fractions, where no other statistic covers them. */
	private static void fractions(SuggestContext context, List<Suggestion> found) {
		String text = context.text();
		if (!text.contains("half") && !text.contains("third") && !text.contains("quarter") && !text.contains("fifth")
				&& !text.contains("tenth")) {
			return; // a cheap first look: most texts give no share as a fraction
		}
		halves(context, found);
		Matcher f = FRACTION.matcher(text);
		while (f.find()) {
			Matcher lead = FRACTION_LEAD.matcher(text.substring(Math.max(0, f.start() - 25), f.start()));
			boolean led = lead.find() && (lead.group("approx") != null || lead.group("prep") != null);
			Matcher point = at(POINT_AFTER, text, f.end()); // "by a quarter point", "a quarter percentage point"
			if (point == null && (!led && !followedBy(OF_AFTER, text, f.end()) || ordinalBeforeNoun(text, f.end()))) {
				continue; // "a third country", "to a third day": an ordinal
			}
			int start = led && lead.group("approx") != null ? f.start() - (lead.end() - lead.start()) : f.start();
			int end = point != null ? point.end() : f.end();
			if (found.stream().anyMatch(s -> s.start() < end && start < s.end())) {
				continue;
			}
			Map<String, AttributeValue> attributes = new LinkedHashMap<>();
			attributes.put("value", new AttributeValue.Number(fractionValue(f.group())));
			attributes.put("unit", new AttributeValue.Text(point != null ? "percentage points" : "share"));
			if (led && lead.group("approx") != null) {
				attributes.put("estimate", new AttributeValue.Bool(true));
			}
			found.add(Suggestion.of(context.newKey(), "statistic", start, end, attributes, ID));
		}
		found.sort(java.util.Comparator.comparingInt(Suggestion::start));
	}

	/** "more than half", "nearly half": a share, where no other statistic covers it. */
	private static void halves(SuggestContext context, List<Suggestion> found) {
		String text = context.text();
		for (int at = text.indexOf("half"); at > 0; at = text.indexOf("half", at + 4)) {
			int end = at + 4;
			if (end < text.length() && Character.isLetter(text.charAt(end))) {
				continue; // "halfway"
			}
			String window = text.substring(Math.max(0, at - 30), at);
			Matcher h = HALF_LEAD.matcher(window);
			int start;
			int stop;
			if (h.find()) {
				start = at - (window.length() - h.start());
				stop = end;
			} else { // "half her land", "half of the budget": a share of something owned or named
				Matcher owned = HALF_OWNED.matcher(text).region(end, Math.min(text.length(), end + 40));
				if (Character.isLetter(text.charAt(at - 1)) || !owned.lookingAt()
						|| NOT_BEFORE_HALF.contains(lastWord(window).toLowerCase(Locale.ROOT))) {
					continue; // "behalf", "the first half of the year", "cut by half"
				}
				start = at;
				stop = owned.end();
			}
			if (found.stream().anyMatch(s -> s.start() < stop && start < s.end())) {
				continue;
			}
			Map<String, AttributeValue> attributes = new LinkedHashMap<>();
			attributes.put("value", new AttributeValue.Number(new BigDecimal("0.5")));
			attributes.put("unit", new AttributeValue.Text("share"));
			attributes.put("estimate", new AttributeValue.Bool(true));
			found.add(Suggestion.of(context.newKey(), "statistic", start, stop, attributes, ID));
		}
	}

	/** Whether a number, currency sign, number word or approximator may begin at {@code i} (a cheap test). */
	private static boolean mayStart(String text, int i) {
		char c = text.charAt(i);
		if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
			return false;
		}
		if (Character.isDigit(c) || "$€£¥₩₹₦₱₺฿".indexOf(c) >= 0) {
			return true;
		}
		if (!Character.isLetter(c)) {
			return false;
		}
		int e = i;
		while (e < text.length() && e - i <= STARTER_LENGTH && Character.isLetter(text.charAt(e))) {
			e++;
		}
		return e - i <= STARTER_LENGTH && STARTERS.contains(text.substring(i, e).toLowerCase(Locale.ROOT));
	}

	private Optional<Suggestion> statistic(SuggestContext context, Matcher m) {
		String text = context.text();
		int numStart = m.start("num");
		int numEnd = m.end("num");
		String num = m.group("num");
		boolean word = Character.isLetter(num.charAt(0));
		Matcher degrees = m.group("scale") == null ? at(DEGREES, text, numEnd) : null;
		if (degrees != null && !word) { // "52.3C", "40 °C"
			return Optional.of(Suggestion.of(context.newKey(), "statistic", m.start(), degrees.end(), Map.of("value",
					new AttributeValue.Number(NumberWords.value(num).orElseThrow()), "unit",
					new AttributeValue.Text(degrees.group().contains("F") ? "°F" : "°C")), ID));
		}
		if (isGlued(text, m.start(), numEnd)
				|| (word && !wordNumberAllowed(context, num, numStart) && !ageGroup(text, m.start()))) {
			return Optional.empty();
		}
		String before = text.substring(Math.max(0, m.start() - 20), m.start());
		if (MONTH.matcher(before).find() || followedBy(MONTH_AFTER, text, numEnd)
				|| ORDINAL_BEFORE.contains(lastWord(before)) && !isVerbLast(before) && !measuredStretch(text, before, numEnd)
						&& (word || followedBy(TIME_UNIT_AFTER, text, m.end()) || unitWords(text, m.end()) == m.end())
				|| isListNumber(text, numStart, numEnd) || RANK_BEFORE.matcher(before).find() && !text.startsWith("%", numEnd)
						&& !followedBy(PERCENT, text, numEnd)) {
			return Optional.empty(); // "the top two divisions", "the bottom three clubs": a rank says which
		}
		boolean approx = m.group("approx") != null;
		int end = m.end();
		String scale = m.group("scale") == null ? "" : m.group("scale").strip();
		String unit;
		Matcher u;
		if ((u = at(PERCENT, text, end)) != null) {
			unit = "percent";
			end = u.end();
		} else if ((u = at(CURRENCY, text, end)) != null) {
			unit = u.group().strip();
			end = u.end();
		} else if (m.group("scale") == null && (u = at(HYPHEN_UNIT, text, numEnd)) != null
				&& !isCapitalized(text, numStart)) {
			unit = u.group().substring(1);
			end = u.end();
		} else if (word && NumberWords.VAGUE.contains(num.toLowerCase(Locale.ROOT)) && followedBy(OF_AFTER, text, end)
				&& unitWords(text, at(OF_AFTER, text, end).end()) > at(OF_AFTER, text, end).end()) {
			int unitEnd = unitWords(text, at(OF_AFTER, text, end).end());
			unit = text.substring(at(OF_AFTER, text, end).end(), unitEnd).strip(); // "dozens of economists"
			end = unitEnd;
		} else if (word && !approx && DETERMINERS.contains(lastWord(before))) {
			return Optional.empty(); // "the two countries": a reference, not a figure
		} else {
			int unitEnd = unitWords(text, end);
			if (unitEnd > end) {
				unit = text.substring(end, unitEnd).strip();
				end = unitEnd;
			} else if (m.group("cur") != null || !scale.isEmpty()) {
				unit = "";
			} else if (!word && (approx || num.contains(",")) && !followedBy(CLOCK_AFTER, text, end)) {
				unit = ""; // "about 686,000", "more than 400 injured", "fell from 56,000 to 32,000"
			} else if (!word && DECIMAL_BEFORE.contains(lastWord(before)) && !followedBy(CLOCK_AFTER, text, end)
					&& !nextCapitalized(text, end)) {
				unit = ""; // "the rate dropped to 1.15", "the index stood at 468"
			} else if (!word && AGED_BEFORE.matcher(before).find() && isAge(text, m.end(), before)
					|| ageGroup(text, m.start())) {
				unit = "years of age"; // "Santos, 52,", "children under five"
			} else {
				return Optional.empty();
			}
		}
		if (text.substring(m.start(), end).contains("-") && TIME_UNIT_WORD.matcher(unit).matches()
				&& followedBy(RATE_AFTER, text, end)) {
			return Optional.empty(); // "the 10-year yield", "twelve-month inflation", "a 10-year average" name a rate
		}
		if (TIME_UNITS.contains(unit.toLowerCase(Locale.ROOT)) && !MEASURED_BEFORE.matcher(before).find()
				&& (followedBy(TIME_PLACING, text, end)
				|| TIME_PLACING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()
						&& !(before.endsWith("in the ") && !followedBy(PERIOD_TO, text, end)))) {
			return Optional.empty(); // "five years earlier", "the lowest in four years", "the 12 months to July"
		}
		if (unit.equalsIgnoreCase("sources")) {
			return Optional.empty(); // "two sources familiar with the talks" say where news comes from
		}
		if (LIST_COUNT.matcher(unit).matches() && (followedBy(LIST_FOLLOWS, text, end) || pointsFollow(context, m.start(), end, num))) {
			return Optional.empty(); // "three recommendations:" counts the points of a proposal
		}
		if (!word && isYear(num, m.group("cur"), scale, unit, before)) {
			return Optional.empty();
		}
		if ("one".equalsIgnoreCase(num) && scale.isEmpty() && !"percent".equals(unit)) {
			return Optional.empty();
		}
		Optional<BigDecimal> value = NumberWords.value(num);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		Map<String, AttributeValue> attributes = new LinkedHashMap<>();
		attributes.put("value", new AttributeValue.Number(value.get()));
		String currency = m.group("cur") == null ? "" : m.group("cur").strip();
		String fullUnit = String.join(" ", List.of(currency, scale, unit).stream().filter(x -> !x.isEmpty()).toList());
		if (!fullUnit.isEmpty()) {
			attributes.put("unit", new AttributeValue.Text(fullUnit));
		}
		String sentence = sentenceBefore(context, m.start());
		if (approx || ESTIMATE.matcher(sentence).find()) {
			attributes.put("estimate", new AttributeValue.Bool(true));
		}
		change(text, m.start(), end).ifPresent(c -> attributes.put("change", new AttributeValue.Text(c)));
		return Optional.of(Suggestion.of(context.newKey(), "statistic", m.start(), end, attributes, ID));
	}

	private static Set<String> starters() {
		Set<String> starters = new java.util.HashSet<>(Set.of("us", "hk", "a", "c", "s", "r", "rmb", "usd", "eur",
				"cny", "gbp", "jpy", "krw", "rp", "rm", "ksh", "sh", "tk")); // "R2.1 billion" (rand), "Rp 5 trillion", "RM1.2 billion"
		for (String alternative : (APPROX + "|" + NumberWords.PATTERN).replaceAll("[()?:]", "").split("\\|")) {
			starters.add(alternative.split("[ -]", 2)[0].toLowerCase(Locale.ROOT));
		}
		for (String code : (CODES + "|Rs|NZ").split("\\|")) {
			starters.add(code.toLowerCase(Locale.ROOT));
		}
		for (String tens : List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")) {
			starters.add(tens);
		}
		return Set.copyOf(starters);
	}

	/**
	 * Whether a series of exactly that many points is near (ordinals, a numbered or bulleted list, an enumeration):
	 * "tabled four proposals ... First, ...", "a package of five measures ... provides for:" and five bullets count
	 * the points of a proposal.
	 */
	private static boolean pointsFollow(SuggestContext context, int start, int end, String num) {
		int count = NumberWords.value(num).map(BigDecimal::intValue).orElse(0);
		if (count < 2 || count > 20) {
			return false;
		}
		int at = context.sentences().indexAt(start);
		return PointSeries.near(context.text(), context.sentences(), at, end, count).stream()
				.anyMatch(series -> series.size() == count);
	}

	private static boolean isGlued(String text, int start, int numEnd) {
		if (start > 0) {
			char c = text.charAt(start - 1);
			if (Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '/' || c == '#' || c == '-') {
				return true;
			}
		}
		if (numEnd < text.length()) {
			char c = text.charAt(numEnd);
			if (Character.isLetter(c) && !text.startsWith("bn", numEnd) && !text.startsWith("mn", numEnd)) {
				return true; // 32nd, 5G, G20s
			}
			if ((c == ':' || c == '/') && numEnd + 1 < text.length() && Character.isDigit(text.charAt(numEnd + 1))) {
				return true; // 11:13, 3/4
			}
		}
		return false;
	}

	private static boolean wordNumberAllowed(SuggestContext context, String num, int start) {
		if (!Character.isUpperCase(num.charAt(0))) {
			return true;
		}
		int sentence = context.sentences().indexAt(start);
		int s = context.sentences().start(sentence);
		String lead = context.text().substring(s, start).strip();
		return lead.isEmpty() || lead.equals("\"") || lead.equals("“") || lead.equals("«");
	}

	private static boolean isCapitalized(String text, int start) {
		return Character.isUpperCase(text.charAt(start)) && start > 0 && text.charAt(start - 1) == ' '
				&& start > 1 && text.charAt(start - 2) != '.';
	}

	/**
	 * The match of {@code p} starting exactly at {@code at}, or null (a region and lookingAt: {@code find(at)} would
	 * try every later position of the text when it fails there).
	 */
	private static Matcher at(Pattern p, String text, int at) {
		Matcher m = p.matcher(text).region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
		return m.lookingAt() ? m : null;
	}

	private static boolean followedBy(Pattern p, String text, int at) {
		return at(p, text, at) != null;
	}

	private static boolean isListNumber(String text, int start, int end) {
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		return text.substring(lineStart, start).isBlank() && end < text.length()
				&& (text.charAt(end) == '.' || text.charAt(end) == ')')
				&& (end + 1 >= text.length() || text.charAt(end + 1) == ' ');
	}

	private static boolean isYear(String num, String cur, String scale, String unit, String before) {
		if (cur != null || !scale.isEmpty() || num.length() != 4 || num.contains(",") || num.contains(".")) {
			return false;
		}
		int n = Integer.parseInt(num);
		return n >= 1800 && n <= 2100 && !"percent".equals(unit);
	}

	/** End of the unit words after {@code from}: up to five words, trimmed back to a plural noun or a unit. */
	private static int unitWords(String text, int from) {
		Matcher w = WORD.matcher(text);
		int at = from;
		int best = from;
		for (int i = 0; i < 5 && w.region(at, text.length()).lookingAt(); i++) {
			String token = w.group(1);
			String lower = token.toLowerCase(Locale.ROOT);
			boolean capitalized = Character.isUpperCase(token.charAt(0));
			if (i == 0 && COUNT_MORE.contains(lower) && w.end() < text.length() && text.charAt(w.end()) == ' ') {
				at = w.end(); // "1,200 more firefighters", "50 additional clinics"
				continue;
			}
			if (STOP.contains(lower) || capitalized && (i == 4 || token.length() < 3)
					|| NumberWords.value(lower).isPresent()) {
				break; // "€72bn two years earlier": a second number starts a figure of its own
			}
			if (capitalized && i == 0 && lower.endsWith("s") && !lower.endsWith("ss") && !nextCapitalized(text, w.end())) {
				best = w.end(); // "eight Democrats", "300 Kenyans"
			}
			if (!capitalized && ((lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
					&& lower.length() > 2) || SINGULAR_UNITS.contains(lower))) {
				best = w.end(); // a capitalized word may qualify ("22 African countries"), never end, the unit
			}
			at = w.end();
			if (at < text.length() && text.charAt(at) != ' ') {
				break;
			}
		}
		return best;
	}

	/** Whether a lowercase content word follows ("a third day"): the fraction word is an ordinal. */
	private static boolean ordinalBeforeNoun(String text, int at) {
		Matcher w = WORD.matcher(text);
		if (!w.region(at, text.length()).lookingAt()) {
			return false;
		}
		String next = w.group(1);
		return Character.isLowerCase(next.charAt(0)) && !STOP.contains(next) && !next.endsWith("ly");
	}

	private static boolean nextCapitalized(String text, int at) {
		return at + 1 < text.length() && text.charAt(at) == ' ' && Character.isUpperCase(text.charAt(at + 1));
	}

	/** An age: after "aged", or between the commas of an apposition to a name ("Santos, 52, who"). */
	private static boolean isAge(String text, int end, String before) {
		if (before.endsWith("aged ")) {
			return true;
		}
		return end < text.length() && text.charAt(end) == ',';
	}

	private static Optional<String> change(String text, int start, int end) {
		String before = text.substring(Math.max(0, start - 30), start);
		Matcher b = CHANGE_BEFORE.matcher(before);
		if (!b.find()) {
			return Optional.empty();
		}
		int changeStart = start - (before.length() - b.start());
		int changeEnd = at(CHANGE_AFTER, text, end) != null ? at(CHANGE_AFTER, text, end).end() : end;
		return Optional.of(text.substring(changeStart, changeEnd).strip());
	}

	private static String sentenceBefore(SuggestContext context, int at) {
		int s = context.sentences().start(context.sentences().indexAt(at));
		return context.text().substring(Math.min(s, at), at);
	}

	/** "expected to last three weeks": "last" as a verb, not "the last three weeks". */
	private static boolean isVerbLast(String before) {
		return VERB_LAST.matcher(before).find();
	}

	private static final Pattern VERB_LAST = Pattern.compile("(?i)\\b(?:to|will|would|could|can|may|might|should|must"
			+ "|that|which|often|usually|typically)\\s+last\\s*$");
	/** The last word of {@code before} in lower case (a scan from the end, not a split of the sentence). */
	private static String lastWord(String before) {
		int end = before.length();
		while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && !Character.isWhitespace(before.charAt(start - 1))) {
			start--;
		}
		return before.substring(start, end).toLowerCase(Locale.ROOT);
	}
}
