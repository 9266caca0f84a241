package org.policyannotator.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.internal.io.AtomicFiles;

/**
 * The suggestions an analyst rejected on one document, so that the next run does not propose them again. Kept in
 * {@code <corpus>/suggestions/<annotator>/<document>.rejected.tsv}: one line per rejection, tab-separated: type,
 * start offset, rule id and the rejected text (tabs and line breaks as \t \n \\). A suggestion counts as rejected
 * when type and text are equal and it starts within 200 characters of the rejected one (the text may have moved).
 */
public final class RejectedSuggestions {
	/** The folder of the corpus that holds the files. */
	public static final String FOLDER = "suggestions";
	private final Path file;
	private final List<Entry> entries;

	/**
	 * One rejection.
	 *
	 * @param type  tag type
	 * @param start where it started
	 * @param rule  the rule that proposed it (empty if unknown)
	 * @param quote the text
	 */
	public record Entry(String type, int start, String rule, String quote) {
	}

	private RejectedSuggestions(Path file, List<Entry> entries) {
		this.file = file;
		this.entries = entries;
	}

	/** None rejected and nowhere to save (for tests and dry runs). */
	public static RejectedSuggestions none() {
		return new RejectedSuggestions(null, new ArrayList<>());
	}

	/** The file of an annotator's rejections on a document. */
	public static Path file(Path corpusDirectory, String annotator, String documentId) {
		return corpusDirectory.resolve(FOLDER).resolve(annotator).resolve(documentId + ".rejected.tsv");
	}

	/** Reads the rejections (none if the file does not exist). */
	public static RejectedSuggestions load(Path corpusDirectory, String annotator, String documentId)
			throws CorpusException {
		Path file = file(corpusDirectory, annotator, documentId);
		List<Entry> entries = new ArrayList<>();
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split("\t", 4);
				if (f.length != 4) {
					throw new CorpusException(file, "line " + (i + 1) + ": expected 4 tab-separated fields, found "
							+ f.length);
				}
				try {
					entries.add(new Entry(f[0], Integer.parseInt(f[1]), f[2], unescape(f[3])));
				} catch (NumberFormatException e) {
					throw new CorpusException(file, "line " + (i + 1) + ": the start offset '" + f[1]
							+ "' is not a whole number");
				}
			}
		} catch (NoSuchFileException e) {
			// none rejected yet
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
		return new RejectedSuggestions(file, entries);
	}

	/** Whether a suggestion of {@code type} over {@code quote} starting at {@code start} was rejected. */
	public synchronized boolean contains(String type, String quote, int start) {
		return entries.stream().anyMatch(
				e -> e.type().equals(type) && e.quote().equals(quote) && Math.abs(e.start() - start) <= 200);
	}

	/** Remembers a rejected suggestion (call {@link #save} to keep it). */
	public synchronized void add(Annotation rejected) {
		String quote = String.join(" ", rejected.spans().stream().map(s -> s.quote()).toList());
		entries.add(new Entry(rejected.type(), rejected.start(), SuggestionWriter.ruleOf(rejected).orElse(""), quote));
	}

	/** Forgets a rejection again (undo of a reject). */
	public synchronized void remove(Annotation rejected) {
		String quote = String.join(" ", rejected.spans().stream().map(s -> s.quote()).toList());
		entries.removeIf(e -> e.type().equals(rejected.type()) && e.start() == rejected.start()
				&& e.quote().equals(quote));
	}

	/** The rejections, oldest first. */
	public synchronized List<Entry> entries() {
		return List.copyOf(entries);
	}

	/** Writes the file atomically (flushed to disk). */
	public synchronized void save() throws CorpusException {
		if (file == null) {
			return;
		}
		StringBuilder b = new StringBuilder();
		for (Entry e : entries) {
			b.append(e.type()).append('\t').append(e.start()).append('\t').append(e.rule()).append('\t')
					.append(escape(e.quote())).append('\n');
		}
		try {
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8), true);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write: " + CorpusException.reason(file, e), e);
		}
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static String unescape(String s) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char n = s.charAt(++i);
				b.append(switch (n) {
					case 't' -> '\t';
					case 'n' -> '\n';
					case 'r' -> '\r';
					default -> n;
				});
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
