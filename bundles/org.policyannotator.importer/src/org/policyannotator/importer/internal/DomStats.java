package org.policyannotator.importer.internal;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text weight and link-text weight of every element under a root, computed in one pass so that scoring a large page
 * stays linear. Stale after the tree changes; recompute then.
 */
public final class DomStats {
	private final Map<Element, int[]> weights = new IdentityHashMap<>();

	private DomStats() {
	}

	/**
	 * Counts the text under {@code root} in one walk: each element's counts are summed from its children when the walk
	 * leaves it (all text under a link counts as link text for the link and the elements around it).
	 */
	public static DomStats of(Element root) {
		DomStats stats = new DomStats();
		ArrayDeque<int[]> open = new ArrayDeque<>();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element) {
					open.push(new int[2]);
				} else if (node instanceof TextNode text && !open.isEmpty()) {
					open.peek()[0] += TextNormalizer.weight(text.getWholeText());
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (!(node instanceof Element e)) {
					return;
				}
				int[] c = open.pop();
				if ("a".equals(e.normalName())) {
					c[1] = c[0];
				}
				if (c[0] > 0) {
					stats.weights.put(e, c);
					int[] parent = open.peek();
					if (parent != null) {
						parent[0] += c[0];
						parent[1] += c[1];
					}
				}
			}
		}, root);
		return stats;
	}

	/** Weight of all text under {@code e}. */
	public int weight(Element e) {
		int[] c = weights.get(e);
		return c == null ? 0 : c[0];
	}

	/** Share of the text under {@code e} that is link text, 0 to 1. */
	public double linkDensity(Element e) {
		int[] c = weights.get(e);
		return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
	}
}
