package org.policyannotator.suggest.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** English numbers written in words ("twenty-five", "a hundred", "two-thirds") and numerals with separators. */
public final class NumberWords {
	private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
			Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
			Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
			Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
			Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("one", 1));
	private static final Map<String, String> SPECIAL = Map.ofEntries(Map.entry("a hundred", "100"),
			Map.entry("a thousand", "1000"), Map.entry("a dozen", "12"), Map.entry("dozens", "24"),
			Map.entry("hundreds", "200"), Map.entry("thousands", "2000"), Map.entry("half", "0.5"),
			Map.entry("two-thirds", "0.667"), Map.entry("three-quarters", "0.75"), Map.entry("one-third", "0.333"),
			Map.entry("millions", "2000000"), Map.entry("tens of thousands", "20000"),
			Map.entry("hundreds of thousands", "200000"));
	/** Regex alternation of the number words (longest first). */
	public static final String PATTERN = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
			+ "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
			+ "|two-thirds|three-quarters|one-third|one|two|three|four|five|six|seven|eight|nine|ten"
			+ "|a hundred|a thousand|a dozen|tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions)";
	/** Number words that say "many" rather than how many: a count of a noun after "of" ("dozens of economists"). */
	public static final java.util.Set<String> VAGUE = java.util.Set.of("dozens", "hundreds", "thousands", "millions",
			"tens of thousands", "hundreds of thousands");

	private NumberWords() {
	}

	/** The value of a numeral ("1,234.5", "1.2") or number word; empty if it is neither. */
	public static Optional<BigDecimal> value(String written) {
		String w = written.toLowerCase(Locale.ROOT).strip();
		if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
			try {
				return Optional.of(new BigDecimal(w.replace(",", "").replace("\u00a0", "").replace(" ", "")));
			} catch (NumberFormatException e) {
				return Optional.empty();
			}
		}
		if (SPECIAL.containsKey(w)) {
			return Optional.of(new BigDecimal(SPECIAL.get(w)));
		}
		int total = 0;
		for (String part : w.split("-")) {
			Integer v = UNITS.get(part);
			if (v == null) {
				return Optional.empty();
			}
			total += v;
		}
		return Optional.of(BigDecimal.valueOf(total));
	}

	/** The factor of a scale word: thousand, million, billion, trillion (and bn, mn, k). */
	public static Optional<BigDecimal> scale(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "thousand", "k" -> Optional.of(BigDecimal.valueOf(1_000));
			case "million", "mn", "m" -> Optional.of(BigDecimal.valueOf(1_000_000));
			case "billion", "bn", "b" -> Optional.of(BigDecimal.valueOf(1_000_000_000));
			case "trillion", "tn" -> Optional.of(BigDecimal.valueOf(1_000_000_000_000L));
			default -> Optional.empty();
		};
	}
}
