package org.policyannotator.importer.internal;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Turns a JSON-LD {@code articleBody} (plain text with line breaks, or an HTML fragment) into paragraphs. */
final class JsonLdBody {

	private JsonLdBody() {
	}

	static TextJoiner.Joined paragraphs(String body) {
		if (body.contains("</p>") || body.contains("<br")) {
			Element root = Jsoup.parseBodyFragment(body).body();
			return TextJoiner.join(ParagraphFilter.filter(TextAssembler.paragraphs(List.of(root))));
		}
		String plain = body.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(body, false) : body;
		StringBuilder sb = new StringBuilder();
		for (String line : TextNormalizer.normalizeLineEnds(plain).split("\n")) {
			String p = TextNormalizer.collapse(line);
			if (p.isEmpty()) {
				continue;
			}
			if (!sb.isEmpty()) {
				sb.append("\n\n");
			}
			sb.append(p);
		}
		return TextJoiner.split(sb.toString(), java.util.Set.of());
	}
}
