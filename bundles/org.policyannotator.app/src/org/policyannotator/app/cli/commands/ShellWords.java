package org.policyannotator.app.cli.commands;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words as a POSIX shell would, for quotes and backslashes (no expansion). */
final class ShellWords {
	private ShellWords() {
	}

	/**
	 * The words of {@code line}: separated by white space; 'single quotes' keep everything, "double quotes" keep
	 * everything but \" and \\, a backslash outside quotes keeps the next character.
	 *
	 * @throws IllegalArgumentException for an unclosed quote or a trailing backslash
	 */
	static List<String> split(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else if (c == '\'') {
				int end = line.indexOf('\'', i + 1);
				if (end < 0) {
					throw new IllegalArgumentException("a ' quote is not closed");
				}
				word.append(line, i + 1, end);
				i = end;
				inWord = true;
			} else if (c == '"') {
				i = doubleQuoted(line, i + 1, word);
				inWord = true;
			} else if (c == '\\') {
				if (i + 1 >= line.length()) {
					throw new IllegalArgumentException("the line ends with a \\");
				}
				word.append(line.charAt(++i));
				inWord = true;
			} else {
				word.append(c);
				inWord = true;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	/** Appends the double-quoted text starting at {@code from}; returns the index of the closing quote. */
	private static int doubleQuoted(String line, int from, StringBuilder word) {
		for (int i = from; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				return i;
			}
			if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
				c = line.charAt(++i);
			}
			word.append(c);
		}
		throw new IllegalArgumentException("a \" quote is not closed");
	}
}
