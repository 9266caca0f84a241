package org.policyannotator.model.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Offsets;
import org.policyannotator.model.Span;

/**
 * Places spans in a changed text using their stored quote, prefix and suffix: first where they were, then by exact
 * search (the occurrence whose context fits best, nearest the old place), then by fuzzy match (Levenshtein distance
 * at most a quarter of the quote) around occurrences of the prefix, the suffix and the quote's ends. Spans that
 * cannot be placed leave their annotation unchanged and marked orphaned; nothing is deleted.
 */
public final class Anchorer {
	private static final int PROBE = 12;
	private final String text;

	/** An anchorer for the new text. */
	public Anchorer(String newText) {
		this.text = newText;
	}

	/** Re-anchors all {@code annotations}. */
	public AnchorReport reanchor(List<Annotation> annotations) {
		List<Annotation> result = new ArrayList<>(annotations.size());
		Map<String, Placement> placements = new HashMap<>();
		for (Annotation annotation : annotations) {
			List<Span> spans = new ArrayList<>();
			Placement worst = Placement.UNCHANGED;
			for (Span span : annotation.spans()) {
				Placed placed = place(span);
				if (placed.placement.ordinal() > worst.ordinal()) {
					worst = placed.placement;
				}
				spans.add(placed.span);
			}
			placements.put(annotation.id(), worst);
			if (worst == Placement.ORPHAN) {
				result.add(annotation.withOrphaned(true));
			} else if (worst == Placement.UNCHANGED && !annotation.orphaned()) {
				result.add(annotation);
			} else {
				result.add(annotation.withAnchoredSpans(spans));
			}
		}
		return new AnchorReport(result, placements);
	}

	private record Placed(Span span, Placement placement) {
	}

	/** Places one span. */
	Placed place(Span span) {
		if (span.matches(text) && contextFits(span, span.start(), span.end())) {
			return new Placed(Span.of(text, span.start(), span.end()), Placement.UNCHANGED);
		}
		String quote = span.quote();
		if (quote.isEmpty()) {
			return new Placed(span, Placement.ORPHAN);
		}
		int best = -1;
		int bestScore = Integer.MIN_VALUE;
		for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
			if (Offsets.splitsSurrogatePair(text, at) || Offsets.splitsSurrogatePair(text, at + quote.length())) {
				continue;
			}
			int score = contextScore(span, at, at + quote.length()) * 1_000_000 - Math.abs(at - span.start());
			if (score > bestScore) {
				bestScore = score;
				best = at;
			}
		}
		if (best >= 0) {
			return new Placed(Span.of(text, best, best + quote.length()), Placement.EXACT);
		}
		return fuzzy(span);
	}

	private Placed fuzzy(Span span) {
		String quote = span.quote();
		int threshold = Math.max(1, quote.length() / 4);
		LevenshteinDistance distance = new LevenshteinDistance(threshold);
		List<int[]> candidates = new ArrayList<>();
		String prefix = tail(span.prefix(), PROBE);
		String suffix = head(span.suffix(), PROBE);
		String quoteHead = head(quote, PROBE);
		String quoteTail = tail(quote, PROBE);
		int slack = threshold;
		for (int at : occurrences(prefix)) {
			int start = at + prefix.length();
			addRange(candidates, start, start + quote.length(), slack);
		}
		for (int at : occurrences(suffix)) {
			addRange(candidates, at - quote.length(), at, slack);
		}
		for (int at : occurrences(quoteHead)) {
			addRange(candidates, at, at + quote.length(), slack);
		}
		for (int at : occurrences(quoteTail)) {
			int end = at + quoteTail.length();
			addRange(candidates, end - quote.length(), end, slack);
		}
		int bestStart = -1;
		int bestEnd = -1;
		long bestScore = Long.MAX_VALUE;
		for (int[] c : candidates) {
			int start = c[0];
			int end = c[1];
			if (start < 0 || end > text.length() || end <= start || Offsets.splitsSurrogatePair(text, start)
					|| Offsets.splitsSurrogatePair(text, end)) {
				continue;
			}
			int d = distance.apply(quote, text.substring(start, end));
			if (d < 0) {
				continue;
			}
			long score = d * 1_000_000L - contextScore(span, start, end) * 1000L + Math.abs(start - span.start()) / 1000;
			if (score < bestScore) {
				bestScore = score;
				bestStart = start;
				bestEnd = end;
			}
		}
		if (bestStart < 0) {
			return new Placed(span, Placement.ORPHAN);
		}
		return new Placed(Span.of(text, bestStart, bestEnd), Placement.FUZZY);
	}

	/** Adds candidate ranges around {@code [start, end)}, each end moved by up to {@code slack}. */
	private static void addRange(List<int[]> candidates, int start, int end, int slack) {
		int step = Math.max(1, slack / 4);
		for (int ds = -slack; ds <= slack; ds += step) {
			for (int de = -slack; de <= slack; de += step) {
				candidates.add(new int[] { start + ds, end + de });
			}
		}
	}

	private List<Integer> occurrences(String probe) {
		List<Integer> found = new ArrayList<>();
		if (probe.length() < 4) {
			return found;
		}
		for (int at = text.indexOf(probe); at >= 0 && found.size() < 50; at = text.indexOf(probe, at + 1)) {
			found.add(at);
		}
		return found;
	}

	private boolean contextFits(Span span, int start, int end) {
		return text.regionMatches(Math.max(0, start - span.prefix().length()), span.prefix(), 0,
				span.prefix().length()) && text.regionMatches(end, span.suffix(), 0, span.suffix().length());
	}

	/** Number of context characters next to {@code [start, end)} that equal the stored prefix and suffix. */
	private int contextScore(Span span, int start, int end) {
		int score = 0;
		String prefix = span.prefix();
		for (int i = 1; i <= prefix.length() && start - i >= 0; i++) {
			if (text.charAt(start - i) != prefix.charAt(prefix.length() - i)) {
				break;
			}
			score++;
		}
		String suffix = span.suffix();
		for (int i = 0; i < suffix.length() && end + i < text.length(); i++) {
			if (text.charAt(end + i) != suffix.charAt(i)) {
				break;
			}
			score++;
		}
		return score;
	}

	private static String head(String s, int n) {
		return s.length() <= n ? s : s.substring(0, n);
	}

	private static String tail(String s, int n) {
		return s.length() <= n ? s : s.substring(s.length() - n);
	}
}
