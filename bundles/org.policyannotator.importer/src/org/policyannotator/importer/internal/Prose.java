package org.policyannotator.importer.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The running prose left on a page once its furniture is gone: paragraphs and list items of a sentence or more, few
 * links. A safety net for the choice of the article's containers: an extraction that holds less than half of it has
 * most likely taken one part of an article for the whole (one section of a release set as several articles), and the
 * element that holds most of the prose is the better container.
 */
final class Prose {
	private static final Evaluator BLOCKS = QueryParser.parse("p, li");
	/** A sentence or more: shorter lines are labels, captions and teasers. */
	private static final int MIN_WEIGHT = 60;
	/** The share of the page's prose that the container of the article must hold. */
	private static final double CONTAINER_SHARE = 0.8;

	private Prose() {
	}

	/** Whether {@code text} holds at least half as much as the prose under {@code body}. */
	static boolean holdsMost(String text, Element body) {
		return TextNormalizer.weight(text) * 2 >= weights(body).getOrDefault(body, 0);
	}

	/** The deepest element under {@code body} that holds most of its prose (see {@link #CONTAINER_SHARE}), if any. */
	static Optional<Element> container(Element body) {
		Map<Element, Integer> weights = weights(body);
		int total = weights.getOrDefault(body, 0);
		Element best = null;
		int bestDepth = -1;
		for (Map.Entry<Element, Integer> e : weights.entrySet()) {
			if (e.getKey() != body && e.getValue() >= total * CONTAINER_SHARE) {
				int depth = e.getKey().parents().size();
				if (depth > bestDepth) {
					best = e.getKey();
					bestDepth = depth;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** The prose weight under each element that holds some, {@code body} included. */
	private static Map<Element, Integer> weights(Element body) {
		Map<Element, Integer> weights = new IdentityHashMap<>();
		for (Element block : body.select(BLOCKS)) {
			int w = proseWeight(block);
			for (Element e = block.parent(); w > 0 && e != null; e = e == body ? null : e.parent()) {
				weights.merge(e, w, Integer::sum);
			}
		}
		return weights;
	}

	private static int proseWeight(Element block) {
		if (block.selectFirst(BLOCKS) != block || block.select(BLOCKS).size() > 1) {
			return 0; // a list item or paragraph holding others: counted in them
		}
		String text = TextNormalizer.collapse(block.text());
		int weight = TextNormalizer.weight(text);
		if (weight < MIN_WEIGHT || text.isEmpty() || TextNormalizer.SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0
				&& "\"”»".indexOf(text.charAt(text.length() - 1)) < 0) {
			return 0;
		}
		int links = 0;
		for (Element a : block.getElementsByTag("a")) {
			links += TextNormalizer.weight(a.text());
		}
		return links * 3 < weight ? weight : 0;
	}
}
