package org.policyannotator.importer.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.policyannotator.importer.BlockKind;

/**
 * Turns the article's elements into paragraphs: every block element (paragraph, heading, list item, block quote,
 * figure caption, table row...) ends a paragraph; inside a paragraph white space collapses to one space, one
 * {@code <br>} is a line break and two are a paragraph break; {@code <pre>} keeps its lines; table cells of a row are
 * separated by a tab.
 */
public final class TextAssembler {
	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
			"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure",
			"figcaption", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption", "address", "hr", "center",
			"details", "summary", "aside", "nav", "body", "hgroup", "fieldset", "legend");

	private TextAssembler() {
	}

	/** The paragraphs of {@code roots}, in document order. */
	public static List<Block> paragraphs(List<Element> roots) {
		Visitor visitor = new Visitor();
		for (Element root : roots) {
			NodeTraversor.traverse(visitor, root);
			visitor.flush();
		}
		return visitor.blocks;
	}

	private static final class Visitor implements NodeVisitor {
		final List<Block> blocks = new ArrayList<>();
		final StringBuilder current = new StringBuilder();
		int linkWeight;
		final ArrayDeque<String> openBlocks = new ArrayDeque<>();
		int inLink;
		int inPre;
		boolean cellOpen;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				String t = inPre > 0 ? text.getWholeText() : text.getWholeText().replace('\n', ' ').replace('\r', ' ');
				if (inPre == 0) {
					t = t.replace('\t', ' ');
				}
				current.append(t);
				if (inLink > 0) {
					linkWeight += TextNormalizer.weight(t);
				}
				return;
			}
			if (!(node instanceof Element e)) {
				return;
			}
			String tag = e.normalName();
			switch (tag) {
				case "br" -> {
					current.append('\n');
					return;
				}
				case "a" -> inLink++;
				case "td", "th" -> {
					if (cellOpen) {
						current.append('\t');
					}
					cellOpen = true;
				}
				case "img" -> {
					return;
				}
				default -> {
					// handled below
				}
			}
			if (BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th")) {
				if (BLOCKS.contains(tag)) {
					flush();
				}
				openBlocks.push(tag);
				if (tag.equals("pre")) {
					inPre++;
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (!(node instanceof Element e)) {
				return;
			}
			String tag = e.normalName();
			if (tag.equals("a")) {
				inLink--;
			}
			if (BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th")) {
				if (BLOCKS.contains(tag)) {
					flush();
				}
				openBlocks.poll();
				if (tag.equals("pre")) {
					inPre--;
				}
			}
		}

		/** The kind of the text being emitted, from the block elements around it (the most specific wins). */
		private BlockKind kind() {
			BlockKind kind = BlockKind.PARAGRAPH;
			int rank = 0;
			for (String tag : openBlocks) {
				BlockKind k;
				int r;
				if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
					k = BlockKind.HEADING;
					r = 7;
				} else if (tag.equals("figcaption") || tag.equals("caption")) {
					k = BlockKind.CAPTION;
					r = 6;
				} else if (tag.equals("blockquote")) {
					k = BlockKind.QUOTE;
					r = 5;
				} else if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
					k = BlockKind.LIST_ITEM;
					r = 4;
				} else if (tag.equals("pre")) {
					k = BlockKind.PREFORMATTED;
					r = 3;
				} else if (tag.equals("tr") || tag.equals("td") || tag.equals("th")) {
					k = BlockKind.TABLE_ROW;
					r = 2;
				} else {
					continue;
				}
				if (r > rank) {
					rank = r;
					kind = k;
				}
			}
			return kind;
		}

		void flush() {
			cellOpen = false;
			if (current.isEmpty()) {
				return;
			}
			String raw = current.toString();
			int links = linkWeight;
			current.setLength(0);
			linkWeight = 0;
			StringBuilder paragraph = new StringBuilder();
			for (String line : raw.split("\n", -1)) {
				String clean = inPre > 0 ? stripTrailing(line) : collapseKeepingTabs(line);
				if (clean.isBlank()) {
					if (!paragraph.isEmpty() && inPre == 0) {
						emit(paragraph.toString(), links);
						paragraph.setLength(0);
					} else if (inPre > 0 && !paragraph.isEmpty()) {
						paragraph.append('\n');
					}
					continue;
				}
				if (!paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) != '\n') {
					paragraph.append('\n');
				}
				paragraph.append(clean);
			}
			if (!paragraph.isEmpty()) {
				emit(paragraph.toString().strip(), links);
			}
		}

		private void emit(String text, int links) {
			int weight = TextNormalizer.weight(text);
			if (weight == 0) {
				return;
			}
			blocks.add(new Block(text, kind(), links >= weight * 0.9, Math.min(links, weight)));
		}

		private static String stripTrailing(String line) {
			return line.replace("\u00A0", " ").stripTrailing();
		}

		private static String collapseKeepingTabs(String line) {
			if (line.indexOf('\t') < 0) {
				return TextNormalizer.collapse(line); // no table cells: one collapse instead of a split
			}
			String[] cells = line.split("\t", -1);
			StringBuilder sb = new StringBuilder();
			for (String cell : cells) {
				String c = TextNormalizer.collapse(cell);
				if (c.isEmpty()) {
					continue;
				}
				if (!sb.isEmpty()) {
					sb.append('\t');
				}
				sb.append(c);
			}
			return sb.toString();
		}
	}
}
