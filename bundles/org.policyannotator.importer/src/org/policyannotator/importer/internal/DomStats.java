package org.policyannotator.importer.internal;

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

	/** Counts the text under {@code root}. */
	public static DomStats of(Element root) {
		DomStats stats = new DomStats();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					int w = TextNormalizer.weight(text.getWholeText());
					if (w == 0) {
						return;
					}
					boolean inLink = false;
					for (Element e = text.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
						if (!inLink && "a".equals(e.normalName())) {
							inLink = true;
						}
						int[] c = stats.weights.computeIfAbsent(e, k -> new int[2]);
						c[0] += w;
						if (inLink) {
							c[1] += w;
						}
						if (e == root) {
							break;
						}
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				// nothing
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
