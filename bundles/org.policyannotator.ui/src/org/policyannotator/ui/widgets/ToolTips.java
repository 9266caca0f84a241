package org.policyannotator.ui.widgets;

/** Tooltip text that reads as a paragraph, not as one line across the screen. */
public final class ToolTips {
	/** Characters per line of a tooltip. */
	public static final int WIDTH = 72;

	private ToolTips() {
	}

	/** {@code text} broken at spaces into lines of at most {@link #WIDTH} characters (longer words stay whole). */
	public static String wrap(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (String paragraph : text.split("\n", -1)) {
			if (out.length() > 0) {
				out.append('\n');
			}
			int lineLength = 0;
			for (String word : paragraph.split(" +")) {
				if (word.isEmpty()) {
					continue;
				}
				if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
					out.append('\n');
					lineLength = 0;
				} else if (lineLength > 0) {
					out.append(' ');
					lineLength++;
				}
				out.append(word);
				lineLength += word.length();
			}
		}
		return out.toString();
	}
}
