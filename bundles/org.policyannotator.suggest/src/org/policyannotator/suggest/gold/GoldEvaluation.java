package org.policyannotator.suggest.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.policyannotator.model.AttributeValue;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggestion;
import org.policyannotator.suggest.SuggestionRun;

/**
 * Scores suggesters against a gold standard: precision, recall and F1 per category under exact matching (same start
 * and end) and overlap matching (at least one character shared; one-to-one, in text order; a proposal point must also
 * have the gold's number n and be linked to a proposal declaring the gold's N points), and the share of gold
 * quotes whose suggested quote is linked to the right speaker (same name, or one name's words within the other's).
 */
public final class GoldEvaluation {
	/** Categories scored, in report order. */
	public static final List<String> CATEGORIES = List.of("statistic", "quote", "quote (direct)", "quote (indirect)",
			"speaker", "proposal", "proposal-point (n of N checked)");

	/**
	 * Counts of one category under one matching.
	 *
	 * @param truePositives  suggested and in the gold
	 * @param falsePositives suggested, not in the gold
	 * @param falseNegatives in the gold, not suggested
	 */
	public record Counts(int truePositives, int falsePositives, int falseNegatives) {
		/** Sum of two counts. */
		public Counts plus(Counts o) {
			return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
					falseNegatives + o.falseNegatives);
		}

		/** TP / (TP + FP); 1 when nothing was suggested. */
		public double precision() {
			int d = truePositives + falsePositives;
			return d == 0 ? 1 : truePositives / (double) d;
		}

		/** TP / (TP + FN); 1 when the gold has none. */
		public double recall() {
			int d = truePositives + falseNegatives;
			return d == 0 ? 1 : truePositives / (double) d;
		}

		/** Harmonic mean of precision and recall. */
		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}
	}

	/**
	 * The scores.
	 *
	 * @param exact              counts per category, exact matching
	 * @param overlap            counts per category, overlap matching
	 * @param quotesWithSpeaker  gold quotes that name a speaker
	 * @param attributedRightly  of those, how many have a matching suggested quote linked to the right speaker
	 * @param characters         characters of text scored
	 * @param misses             what went wrong under overlap matching, one line each, in document order:
	 *                           {@code <document> <category> missed|extra "<text>"} and
	 *                           {@code <document> attribution "<quote>" gold=<name> suggested=<name or none>}
	 */
	public record Result(Map<String, Counts> exact, Map<String, Counts> overlap, int quotesWithSpeaker,
			int attributedRightly, long characters, List<String> misses) {
		/** Share of gold quotes attributed to the right speaker. */
		public double attribution() {
			return quotesWithSpeaker == 0 ? 1 : attributedRightly / (double) quotesWithSpeaker;
		}
	}

	private GoldEvaluation() {
	}

	/** Runs {@code suggesters} on every gold document and scores them. */
	public static Result evaluate(List<GoldDocument> documents, List<Suggester> suggesters) {
		Map<String, Counts> exact = new LinkedHashMap<>();
		Map<String, Counts> overlap = new LinkedHashMap<>();
		for (String c : CATEGORIES) {
			exact.put(c, new Counts(0, 0, 0));
			overlap.put(c, new Counts(0, 0, 0));
		}
		int quotes = 0;
		int right = 0;
		long characters = 0;
		List<String> misses = new ArrayList<>();
		for (GoldDocument d : documents) {
			characters += d.text().length();
			List<Suggestion> suggested = SuggestionRun.run(d.text(), suggesters, List.of());
			for (String c : CATEGORIES) {
				List<GoldDocument.Gold> gold = filterGold(d, c);
				List<Suggestion> ofCategory = filterSuggested(suggested, c);
				exact.merge(c, match(gold, ofCategory, true, c, suggested).counts, Counts::plus);
				Matching o = match(gold, ofCategory, false, c, suggested);
				overlap.merge(c, o.counts, Counts::plus);
				if (!c.equals("quote")) { // its direct and indirect parts are listed
					listMisses(d, c, o, gold, ofCategory, misses);
				}
			}
			Matching q = match(filterGold(d, "quote"), filterSuggested(suggested, "quote"), false, "quote", suggested);
			for (Map.Entry<GoldDocument.Gold, Suggestion> pair : q.pairs.entrySet()) {
				String speaker = pair.getKey().attributes().getOrDefault("speaker", "");
				if (speaker.isEmpty()) {
					continue;
				}
				Optional<String> name = speakerName(pair.getValue(), suggested, d.text());
				if (name.isPresent() && sameSpeaker(speaker, name.get())) {
					right++;
				} else {
					misses.add(d.id() + "\tattribution\t" + shown(d, pair.getKey().start(), pair.getKey().end())
							+ "\tgold=" + speaker + "\tsuggested=" + name.orElse("none"));
				}
			}
			quotes += (int) filterGold(d, "quote").stream().filter(g -> g.attributes().containsKey("speaker")).count();
		}
		return new Result(exact, overlap, quotes, right, characters, List.copyOf(misses));
	}

	private static void listMisses(GoldDocument d, String category, Matching matching, List<GoldDocument.Gold> gold,
			List<Suggestion> suggested, List<String> misses) {
		for (GoldDocument.Gold g : gold) {
			if (!matching.pairs.containsKey(g)) {
				misses.add(d.id() + "\t" + category + "\tmissed\t" + shown(d, g.start(), g.end()));
			}
		}
		for (Suggestion s : suggested) {
			if (!matching.pairs.containsValue(s)) {
				misses.add(d.id() + "\t" + category + "\textra\t" + shown(d, s.start(), s.end()));
			}
		}
	}

	/** The text from start to end in quotation marks, its line breaks as spaces, at most 100 characters. */
	private static String shown(GoldDocument d, int start, int end) {
		String text = d.text().substring(start, end).replace('\n', ' ');
		return "\"" + (text.length() > 100 ? text.substring(0, 97) + "..." : text) + "\"";
	}

	private record Matching(Counts counts, Map<GoldDocument.Gold, Suggestion> pairs) {
	}

	private static Matching match(List<GoldDocument.Gold> gold, List<Suggestion> suggested, boolean exact,
			String category, List<Suggestion> all) {
		Map<GoldDocument.Gold, Suggestion> pairs = new LinkedHashMap<>();
		List<Suggestion> free = new ArrayList<>(suggested);
		for (GoldDocument.Gold g : gold) {
			Suggestion best = null;
			int bestOverlap = 0;
			for (Suggestion s : free) {
				int o = Math.min(g.end(), s.end()) - Math.max(g.start(), s.start());
				boolean ok = exact ? (g.start() == s.start() && g.end() == s.end()) : o > 0;
				if (ok && category.startsWith("proposal-point")) {
					ok = g.attributes().getOrDefault("n", "").equals(
							s.attributes().getOrDefault("ordinal", new AttributeValue.Text("")).display())
							&& declaredPoints(s, all).equals(g.attributes().getOrDefault("of", declaredPoints(s, all)));
				}
				if (ok && o > bestOverlap) {
					best = s;
					bestOverlap = o;
				}
			}
			if (best != null) {
				free.remove(best);
				pairs.put(g, best);
			}
		}
		int tp = pairs.size();
		return new Matching(new Counts(tp, suggested.size() - tp, gold.size() - tp), pairs);
	}

	/** The number of points the proposal a suggested point is linked to declares (empty if none). */
	private static String declaredPoints(Suggestion point, List<Suggestion> all) {
		for (Suggestion.Link link : point.links()) {
			if (link.relationType().equals("point-of")) {
				for (Suggestion s : all) {
					if (s.key().equals(link.targetKey()) && s.attributes().containsKey("points")) {
						return s.attributes().get("points").display();
					}
				}
			}
		}
		return "";
	}

	private static List<GoldDocument.Gold> filterGold(GoldDocument d, String category) {
		return d.annotations().stream().filter(goldFilter(category)).toList();
	}

	private static Predicate<GoldDocument.Gold> goldFilter(String category) {
		return switch (category) {
			case "quote (direct)" -> g -> g.type().equals("quote") && "direct".equals(g.attributes().get("kind"));
			case "quote (indirect)" -> g -> g.type().equals("quote") && "indirect".equals(g.attributes().get("kind"));
			case "proposal-point (n of N checked)" -> g -> g.type().equals("proposal-point");
			default -> g -> g.type().equals(category);
		};
	}

	private static List<Suggestion> filterSuggested(List<Suggestion> all, String category) {
		return all.stream().filter(s -> switch (category) {
			case "quote (direct)" -> s.type().equals("quote") && kind(s).equals("direct");
			case "quote (indirect)" -> s.type().equals("quote") && kind(s).equals("indirect");
			case "proposal-point (n of N checked)" -> s.type().equals("proposal-point");
			default -> s.type().equals(category);
		}).toList();
	}

	private static String kind(Suggestion s) {
		AttributeValue v = s.attributes().get("kind");
		return v == null ? "" : v.display();
	}

	private static Optional<String> speakerName(Suggestion quote, List<Suggestion> all, String text) {
		for (Suggestion.Link link : quote.links()) {
			if (link.relationType().equals("said-by")) {
				for (Suggestion s : all) {
					if (s.key().equals(link.targetKey())) {
						AttributeValue name = s.attributes().get("name");
						return Optional.of(name != null ? name.display() : s.quote(text));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** Whether two names name one speaker: equal, or all words of the shorter in the longer (case ignored). */
	public static boolean sameSpeaker(String a, String b) {
		List<String> wa = List.of(a.toLowerCase(Locale.ROOT).split("\\s+"));
		List<String> wb = List.of(b.toLowerCase(Locale.ROOT).split("\\s+"));
		return wa.containsAll(wb) || wb.containsAll(wa);
	}
}
