package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the block that holds the article by scoring: every paragraph (a {@code <p>}, {@code <pre>}, or a block or
 * table cell with text of its own, as in pages that separate paragraphs by {@code <br>}) earns points for its length and its commas, which go to its parent, less to its
 * grandparent and further ancestors; containers get a bonus or penalty for their tag and class/id hints, and lose
 * the share of their text that is link text. Siblings of the winner that score well too (an article split by ads
 * into several blocks) are taken with it, and so are the subheadings in wrappers of their own between them.
 */
public final class ContentScorer {
	private static final int MIN_PARAGRAPH_WEIGHT = 25;
	private static final Evaluator P = QueryParser.parse("p");
	private static final Evaluator LINKS_OR_HEADINGS = QueryParser.parse("a, h1, h2, h3, h4, h5, h6");

	/** The winning block and the siblings that belong with it, in document order. */
	public record Candidate(Element top, List<Element> blocks, double score) {
	}

	private ContentScorer() {
	}

	/** The best candidate under {@code body}, if any block scored at all. */
	public static Optional<Candidate> best(Element body, DomStats stats) {
		Map<Element, double[]> scores = new IdentityHashMap<>();
		for (Element e : body.getAllElements()) {
			String tag = e.normalName();
			boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("dd");
			int weight;
			int commas;
			if (paragraph) {
				weight = stats.weight(e); // the weight of its text, counted once for the whole page
				if (weight < MIN_PARAGRAPH_WEIGHT) {
					continue;
				}
				commas = commasUnder(e);
			} else if (isTextBlock(tag) && (e.parent() == null || !"p".equals(e.parent().normalName()))) {
				String text = ownText(e);
				weight = TextNormalizer.weight(text);
				commas = TextNormalizer.commas(text);
			} else {
				continue;
			}
			if (weight < MIN_PARAGRAPH_WEIGHT) {
				continue;
			}
			double points = 1 + commas + Math.min(weight / 100.0, 3);
			Element target = paragraph ? e.parent() : e;
			int level = 0;
			while (target != null && level < 5) {
				double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
				scores.computeIfAbsent(target, t -> new double[] { initialScore(t) })[0] += points * share;
				if (target == body) {
					break;
				}
				target = target.parent();
				level++;
			}
		}
		Element best = null;
		double bestScore = 0;
		for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
			Element e = entry.getKey();
			double score = entry.getValue()[0] * (1 - stats.linkDensity(e));
			entry.getValue()[0] = score;
			if (score > bestScore) {
				best = e;
				bestScore = score;
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		List<Element> blocks = withSiblings(best, bestScore, scores, stats);
		if (blocks.size() == 1) {
			blocks = partsOfTheSameKind(best, body, stats).orElse(blocks);
		}
		return Optional.of(new Candidate(best, blocks, bestScore));
	}

	/**
	 * An article split into several containers of the same kind that are not siblings (one wrapper per section or
	 * column, each with its own inner block): the winner and the blocks with its tag and class under its nearest
	 * ancestor (two to four levels up) that has such blocks holding prose, in document order.
	 */
	private static Optional<List<Element>> partsOfTheSameKind(Element best, Element body, DomStats stats) {
		String cls = best.className().trim();
		if (cls.isEmpty()) {
			return Optional.empty();
		}
		// matched by tag and class, not by a CSS selector built from the page's class name (which may not parse)
		String firstClass = cls.split("\\s+")[0];
		Element ancestor = best.parent() == null ? null : best.parent().parent();
		for (int level = 2; ancestor != null && ancestor != body && level <= 4; level++, ancestor = ancestor.parent()) {
			List<Element> parts = new ArrayList<>();
			boolean others = false;
			for (Element e : ancestor.getElementsByTag(best.normalName())) {
				if (!e.hasClass(firstClass)) {
					continue;
				}
				if (e == best) {
					parts.add(e);
				} else if (!isInside(e, best) && !isInside(best, e) && !parts.stream().anyMatch(p -> isInside(e, p))
						&& stats.linkDensity(e) < 0.3 && hintsBetween(e, ancestor) >= 0 && holdsProse(e, stats)) {
					parts.add(e);
					others = true;
				}
			}
			if (others) {
				return Optional.of(parts);
			}
		}
		return Optional.empty();
	}

	/**
	 * Two paragraphs or more, or one long text, or one paragraph of sentences with no heading and no link beside it
	 * (a part between two ads): not a teaser card, which has a linked headline over its one-line summary.
	 */
	private static boolean holdsProse(Element e, DomStats stats) {
		List<Element> paragraphs = e.select(P).stream().filter(p -> stats.weight(p) >= MIN_PARAGRAPH_WEIGHT).toList();
		if (paragraphs.size() >= 2 || stats.weight(e) >= 300) {
			return true;
		}
		return paragraphs.size() == 1 && stats.weight(paragraphs.get(0)) >= 60
				&& paragraphs.get(0).text().matches("(?s).*[" + TextNormalizer.SENTENCE_END + "\"”]$") && e.select(LINKS_OR_HEADINGS).isEmpty();
	}

	private static boolean isInside(Element e, Element ancestor) {
		for (Element p = e.parent(); p != null; p = p.parent()) {
			if (p == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The lowest class/id hint on the way from {@code e} up to (not including) {@code ancestor}. */
	private static int hintsBetween(Element e, Element ancestor) {
		int min = 0;
		for (Element p = e; p != null && p != ancestor; p = p.parent()) {
			min = Math.min(min, ClassHints.of(p));
		}
		return min;
	}

	private static List<Element> withSiblings(Element best, double bestScore, Map<Element, double[]> scores,
			DomStats stats) {
		Element parent = best.parent();
		if (parent == null || "html".equals(parent.normalName()) || "body".equals(best.normalName())) {
			return List.of(best);
		}
		double threshold = Math.max(10, bestScore * 0.2);
		List<Element> blocks = new ArrayList<>();
		List<Element> headings = new ArrayList<>(); // subheadings in wrappers of their own, waiting for the next part
		for (Element sibling : parent.children()) {
			int before = blocks.size();
			addIfPart(sibling, best, threshold, bestScore, scores, stats, blocks);
			if (blocks.size() > before) {
				if (before > 0) {
					blocks.addAll(before, headings); // "Quotes", "Quick facts" between two parts of the article
				}
				headings.clear();
			} else if (isHeadingOnly(sibling, stats)) {
				headings.add(sibling);
			} else if (stats.weight(sibling) > 0) {
				headings.clear();
			}
		}
		return blocks;
	}

	/** A wrapper that holds a short subheading ({@code <h2>}..{@code <h4>}) and nothing else. */
	private static boolean isHeadingOnly(Element e, DomStats stats) {
		Element h = e.normalName().matches("h[2-4]") ? e : e.children().size() == 1 ? e.child(0) : null;
		return h != null && h.normalName().matches("h[2-4]") && stats.weight(e) > 0 && stats.weight(e) <= 80
				&& stats.weight(h) == stats.weight(e) && stats.linkDensity(e) == 0 && ClassHints.of(e) >= 0;
	}

	/** Adds {@code sibling} to {@code blocks} when it is the winner or another part of the same article. */
	private static void addIfPart(Element sibling, Element best, double threshold, double bestScore,
			Map<Element, double[]> scores, DomStats stats, List<Element> blocks) {
		if (sibling == best) {
			blocks.add(sibling);
			return;
		}
		if (ClassHints.of(sibling) < 0) {
			if (Expanders.holdsArticleText(sibling)) {
				blocks.add(sibling); // the rest of the article behind "read more"
			}
			return;
		}
		double[] s = scores.get(sibling);
		double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? bestScore * 0.2
				: 0;
		if (s != null && s[0] + bonus >= threshold && stats.linkDensity(sibling) < 0.3) {
			blocks.add(sibling);
		} else if ("p".equals(sibling.normalName())) {
			int w = stats.weight(sibling);
			double ld = stats.linkDensity(sibling);
			String text = sibling.text();
			if (w > 80 && ld < 0.25 || w > 0 && w <= 80 && ld == 0 && text.matches(".*[" + TextNormalizer.SENTENCE_END + "]$")) {
				blocks.add(sibling);
			}
		}
	}

	/** The commas in all the text under {@code e}, read from its text nodes without joining them. */
	private static int commasUnder(Element e) {
		int[] commas = new int[1];
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode t) {
				commas[0] += TextNormalizer.commas(t.getWholeText());
			}
		}, e);
		return commas[0];
	}

	private static boolean isTextBlock(String tag) {
		return tag.equals("div") || tag.equals("section") || tag.equals("td") || tag.equals("article") || tag.equals("main")
				|| tag.equals("font") || tag.equals("center") || tag.equals("blockquote");
	}

	private static String ownText(Element e) {
		StringBuilder sb = new StringBuilder();
		for (Node child : e.childNodes()) {
			if (child instanceof TextNode t) {
				sb.append(t.getWholeText());
			} else if (child instanceof Element c && isInline(c.normalName())) {
				sb.append(c.text());
			}
		}
		return sb.toString();
	}

	private static boolean isInline(String tag) {
		return switch (tag) {
			case "a", "b", "strong", "i", "em", "span", "font", "u", "small", "sup", "sub", "abbr", "cite", "q", "mark",
					"time", "code" -> true;
			default -> false;
		};
	}

	private static double initialScore(Element e) {
		double score = switch (e.normalName()) {
			case "article" -> 10;
			case "div", "main" -> 5;
			case "section", "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		if ("articlebody".equalsIgnoreCase(e.attr("itemprop"))) {
			score += 25;
		}
		return score + 25 * ClassHints.of(e);
	}

	/** A short name of an element for provenance: {@code div#story-body}, {@code div.entry-content}, {@code td}. */
	public static String describe(Element e) {
		String tag = e.normalName();
		if (!e.id().isBlank()) {
			return tag + "#" + e.id().trim();
		}
		String cls = e.className().trim();
		if (!cls.isEmpty()) {
			return tag + "." + cls.split("\\s+")[0];
		}
		return tag;
	}
}
