package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policyannotator.importer.BlockKind;
import org.policyannotator.importer.TextBlock;

/** Joins paragraphs into the final text (one blank line between them) and records where each one is. */
public final class TextJoiner {

	/**
	 * The text and its paragraphs.
	 *
	 * @param text   the joined text
	 * @param blocks each paragraph's range and kind, in order
	 */
	public record Joined(String text, List<TextBlock> blocks) {
		public Joined {
			blocks = List.copyOf(blocks);
		}
	}

	private TextJoiner() {
	}

	/** Joins extracted blocks with {@code "\n\n"}. */
	public static Joined join(List<Block> blocks) {
		StringBuilder sb = new StringBuilder();
		List<TextBlock> ranges = new ArrayList<>(blocks.size());
		for (Block b : blocks) {
			if (!sb.isEmpty()) {
				sb.append("\n\n");
			}
			int start = sb.length();
			sb.append(b.text());
			ranges.add(new TextBlock(start, sb.length(), b.kind()));
		}
		return new Joined(sb.toString(), ranges);
	}

	/**
	 * The paragraphs of a finished text: runs of non-blank lines; those whose text is in {@code headings} are
	 * headings.
	 */
	public static Joined split(String text, Set<String> headings) {
		return split(text, headings, "\n\n");
	}

	/**
	 * The paragraphs of a plain text: separated by blank lines when it has any, else one per line (the way text
	 * without blank lines is usually written: one paragraph per line).
	 */
	public static Joined splitPlain(String text) {
		return split(text, Set.of(), text.contains("\n\n") ? "\n\n" : "\n");
	}

	private static Joined split(String text, Set<String> headings, String separator) {
		List<TextBlock> ranges = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			int end = text.indexOf(separator, i);
			if (end < 0) {
				end = n;
			}
			if (end > i) {
				BlockKind kind = headings.contains(text.substring(i, end)) ? BlockKind.HEADING : BlockKind.PARAGRAPH;
				ranges.add(new TextBlock(i, end, kind));
			}
			i = end;
			while (i < n && text.charAt(i) == '\n') {
				i++;
			}
		}
		return new Joined(text, ranges);
	}
}
