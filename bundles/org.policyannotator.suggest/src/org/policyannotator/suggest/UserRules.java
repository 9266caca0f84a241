package org.policyannotator.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.suggest.rules.PatternSuggester;

/**
 * A team's own "tag all" rules, kept with the corpus next to its schema in {@code suggest-rules.tsv} so that
 * everyone who shares the corpus shares them. One rule a line, tab-separated: tag type, {@code text} or
 * {@code regex}, then the text (whole words, case ignored) or the Java regular expression. Lines starting with
 * {@code #} are comments.
 */
public final class UserRules {
	/** The file name in the corpus folder. */
	public static final String FILE = "suggest-rules.tsv";

	private UserRules() {
	}

	/** The corpus's rules as suggesters; none if the file does not exist. */
	public static List<Suggester> load(Corpus corpus) throws CorpusException {
		Path file = corpus.directory().resolve(FILE);
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return List.of();
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
		List<Suggester> rules = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t", 3);
			String where = "line " + (i + 1) + ": ";
			if (f.length != 3 || f[2].isEmpty()) {
				throw new CorpusException(file, where + "expected: tag type TAB text|regex TAB pattern");
			}
			if (corpus.schema().tagType(f[0].strip()).isEmpty()) {
				throw new CorpusException(file, where + "the schema has no tag type '" + f[0].strip() + "'");
			}
			if (!f[1].strip().equals("text") && !f[1].strip().equals("regex")) {
				throw new CorpusException(file, where + "the second field must be text or regex, not '" + f[1] + "'");
			}
			try {
				rules.add(new PatternSuggester(f[0].strip(), f[2], f[1].strip().equals("regex")));
			} catch (PatternSyntaxException e) {
				throw new CorpusException(file, where + "invalid regular expression: " + e.getDescription()
						+ " near index " + e.getIndex());
			}
		}
		return rules;
	}

	/**
	 * Adds a rule to the corpus's file (made, with a comment saying what it is, when there is none), written
	 * atomically; a rule that is there already is not added twice.
	 *
	 * @return whether it was added
	 * @throws IllegalArgumentException if the type is not in the schema, the pattern is empty or holds a tab or a line
	 *                                  break, or the regular expression is invalid
	 * @throws CorpusException          if the file cannot be read or written, naming it
	 */
	public static boolean add(Corpus corpus, String type, String pattern, boolean regex) throws CorpusException {
		if (corpus.schema().tagType(type).isEmpty()) {
			throw new IllegalArgumentException("the schema has no tag type '" + type + "'");
		}
		if (pattern.contains("\t") || pattern.contains("\n") || pattern.contains("\r")) {
			throw new IllegalArgumentException("a rule's pattern cannot hold a tab or a line break");
		}
		TagAll.rule(type, pattern, regex);
		Path file = corpus.directory().resolve(FILE);
		String line = type + "\t" + (regex ? "regex" : "text") + "\t" + pattern;
		String content;
		try {
			content = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			content = "# Tag-all rules of this corpus, shared with it: tag type TAB text|regex TAB pattern\n";
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
		if (content.lines().anyMatch(line::equals)) {
			return false;
		}
		String updated = content + (content.isEmpty() || content.endsWith("\n") ? "" : "\n") + line + "\n";
		try {
			AtomicFiles.write(file, updated.getBytes(StandardCharsets.UTF_8), true);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write: " + CorpusException.reason(file, e), e);
		}
		return true;
	}

	/** The built-in and contributed suggesters, then the corpus's own rules. */
	public static List<Suggester> withBuiltIn(Corpus corpus) throws CorpusException {
		List<Suggester> all = new ArrayList<>(Suggesters.all());
		all.addAll(load(corpus));
		return all;
	}
}
