package org.policyannotator.importer.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The text of a byline element as a reader sees the names: without the share buttons, dates and times that pages put
 * in the same box, the author's own element when the box has one, and with a space between elements
 * ({@code <span>Por Martín Gómez</span><button>Compartir</button><time>9 Sep</time>} gives "Por Martín Gómez", not
 * "Por Martín GómezCompartir9 Sep").
 */
final class BylineText {
	private static final Evaluator NOT_NAMES = QueryParser.parse("button, time, script, style, svg, [class*=date], "
			+ "[class*=Date], [class*=time], [class*=Time], [class*=share], [class*=Share], [class*=social], [class*=follow]");
	private static final Evaluator AUTHOR = QueryParser.parse("[class*=author], [class*=Author]");

	private BylineText() {
	}

	static String of(Element byline) {
		if (byline.childrenSize() == 0) {
			return TextNormalizer.collapse(byline.text());
		}
		Element box = byline.clone();
		box.select(NOT_NAMES).stream().filter(e -> e != box).forEach(Element::remove);
		Element names = box;
		for (Element e : box.select(AUTHOR)) {
			if (e != box && !e.text().isBlank()) {
				names = e;
				break;
			}
		}
		StringBuilder text = new StringBuilder();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode t) {
				text.append(t.text()).append(' ');
			}
		}, names);
		return TextNormalizer.collapse(text.toString());
	}
}
