package org.policyannotator.export.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.corpus.Corpus;

/**
 * Finds the corpus document a set of a file was made on: by the id the file gives, else by its text after the
 * normalisation our text import applies (line ends, trailing white space). A set whose document the corpus lacks
 * brings a new document made from the file's text (unless only existing documents may be used); nothing is written
 * here: {@link #takeCreated()} hands each new document over once, to be staged for writing, after which it is read
 * back from where it was staged when a later set needs it. Texts are matched by a hash of their normalised form, so
 * neither the corpus's texts nor a big file's are held in memory.
 */
final class DocumentMatcher {
	/** The document of a set, and how offsets into the file's text map onto its text (empty: they are the same). */
	record Target(Document document, Optional<TextMapping> mapping) {
	}

	/** Reads back a new document that was handed over by {@link #takeCreated()}. */
	@FunctionalInterface
	interface Staged {
		Document read(String id) throws IOException;
	}

	private static final int RECENT = 16;

	private final Corpus corpus;
	private final boolean existingOnly;
	private final Path file;
	private final Staged staged;
	private final Set<String> created = new LinkedHashSet<>();
	private final List<Document> handOver = new ArrayList<>();
	private final Map<String, Document> recent = new LinkedHashMap<>(RECENT, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
			return size() > RECENT;
		}
	};
	private final Set<String> matched = new HashSet<>();
	private Set<String> taken;
	private Map<String, String> byNormalizedText;

	DocumentMatcher(Corpus corpus, boolean existingOnly, Path file, Staged staged) {
		this.corpus = corpus;
		this.existingOnly = existingOnly;
		this.file = file;
		this.staged = staged;
	}

	/** The ids of the documents that the import adds to the corpus, in the order of the file. */
	List<String> created() {
		return List.copyOf(created);
	}

	/** The documents created since the last call, to be staged for writing. */
	List<Document> takeCreated() {
		List<Document> documents = List.copyOf(handOver);
		handOver.clear();
		return documents;
	}

	/** How many documents of the corpus were found by their text rather than an id the file gives. */
	int matchedByText() {
		return matched.size();
	}

	Optional<Target> resolve(RawSet set, List<String> problems) throws IOException {
		String id = set.documentId();
		if (!id.isEmpty() && (corpus.hasDocument(id) || created.contains(id))) {
			return existing(set, document(id), problems);
		}
		if (set.text().isEmpty()) {
			List<String> fit = byQuotes(set);
			if (fit.size() == 1) {
				matched.add(fit.get(0));
				return existing(set, document(fit.get(0)), problems);
			}
			problems.add(set.where() + (id.isEmpty() ? ": the set names no document and carries no text"
					: ": unknown document " + id + " (not in the corpus " + corpus.directory()
							+ ", and the file does not carry its text)")
					+ (fit.isEmpty() ? "; no document of the corpus has its quotes at its offsets"
							: "; the quotes fit " + fit.size() + " documents: " + String.join(", ", fit)));
			return Optional.empty();
		}
		String key = key(set.text());
		String same = byNormalizedText().get(key);
		if (same != null) {
			if (!created.contains(same)) {
				matched.add(same);
			}
			return existing(set, document(same), problems);
		}
		if (existingOnly) {
			problems.add(set.where() + (id.isEmpty() ? ": no document of the corpus has this text"
					: ": unknown document " + id + " (not in the corpus " + corpus.directory() + ")")
					+ "; without --existing-documents-only it would be created from the file's text");
			return Optional.empty();
		}
		if (taken == null) {
			taken = new HashSet<>(corpus.documentIds());
		}
		String base = DocumentIds.isValid(id) ? id
				: DocumentIds.fromTitle(!set.title().isBlank() ? set.title() : firstWords(set.text()));
		String newId = DocumentIds.unique(base, taken);
		RawDocument facts = set.document();
		Document document;
		try {
			document = Document.of(newId, facts.title().isBlank() ? firstWords(set.text()) : facts.title(),
					facts.sourceUrl(), facts.published(), facts.language(), set.text(),
					new Provenance("annotation-import", file.toString(), Instant.now()), facts.details());
		} catch (IllegalArgumentException e) {
			problems.add(set.where() + ": " + e.getMessage());
			return Optional.empty();
		}
		created.add(newId);
		taken.add(newId);
		handOver.add(document);
		recent.put(newId, document);
		byNormalizedText.put(key, newId);
		return Optional.of(new Target(document, Optional.empty()));
	}

	private Optional<Target> existing(RawSet set, Document document, List<String> problems) {
		if (!set.sha256().isEmpty() && !set.sha256().equals(document.sha256())) {
			problems.add(set.where() + ": the annotations were made on another text of document " + document.id()
					+ " (sha256 " + abbreviate(set.sha256()) + " in the file, " + abbreviate(document.sha256())
					+ " in the corpus)");
			return Optional.empty();
		}
		if (set.text().isEmpty() || set.text().equals(document.text())) {
			return Optional.of(new Target(document, Optional.empty()));
		}
		Optional<TextMapping> mapping = TextMapping.between(set.text(), document.text());
		if (mapping.isEmpty()) {
			problems.add(set.where() + ": the text in the file differs from the text of document " + document.id()
					+ " in the corpus");
			return Optional.empty();
		}
		return Optional.of(new Target(document, mapping));
	}

	/** The corpus documents whose text has every quote of the set at its offsets (none if the set has no quote). */
	private List<String> byQuotes(RawSet set) throws IOException {
		List<RawSpan> quoted = set.annotations().stream().flatMap(a -> a.spans().stream())
				.filter(span -> span.quote().isPresent()).toList();
		List<String> fit = new ArrayList<>();
		if (quoted.isEmpty()) {
			return fit;
		}
		for (String id : corpus.documentIds()) {
			String text = document(id).text();
			if (quoted.stream().allMatch(span -> quotes(text, span))) {
				fit.add(id);
			}
		}
		return fit;
	}

	private static boolean quotes(String text, RawSpan span) {
		try {
			int start = span.unit().toUtf16(text, span.start());
			int end = span.unit().toUtf16(text, span.end());
			return end >= start && text.substring(start, end).equals(span.quote().get());
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private Document document(String id) throws IOException {
		if (!created.contains(id)) {
			return corpus.loadDocument(id);
		}
		Document document = recent.get(id);
		if (document == null) {
			document = staged.read(id);
			recent.put(id, document);
		}
		return document;
	}

	private Map<String, String> byNormalizedText() throws IOException {
		if (byNormalizedText == null) {
			byNormalizedText = new HashMap<>();
			for (String id : corpus.documentIds()) {
				byNormalizedText.putIfAbsent(key(corpus.loadDocument(id).text()), id);
			}
		}
		return byNormalizedText;
	}

	/** A text's identity after normalisation: the SHA-256 of its normalised form. */
	private static String key(String text) {
		return Document.sha256Of(NormalizedText.of(text).text());
	}

	private static String firstWords(String text) {
		String line = text.strip().lines().findFirst().orElse("").strip();
		return line.length() > 80 ? line.substring(0, 80).strip() : line;
	}

	private static String abbreviate(String sha) {
		return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
	}

	/** How to carry spans from a file's text to a document text that normalises to the same string. */
	static final class TextMapping {
		private final NormalizedText from;
		private final NormalizedText to;

		private TextMapping(NormalizedText from, NormalizedText to) {
			this.from = from;
			this.to = to;
		}

		static Optional<TextMapping> between(String fileText, String documentText) {
			NormalizedText from = NormalizedText.of(fileText);
			NormalizedText to = NormalizedText.of(documentText);
			return from.text().equals(to.text()) ? Optional.of(new TextMapping(from, to)) : Optional.empty();
		}

		/** The document offsets {@code [start, end)} of a span {@code [start, end)} of the file's text. */
		int[] map(int start, int end) {
			int s = from.fromOriginal(start);
			int e = Math.max(s, from.fromOriginal(end));
			return new int[] { to.startInOriginal(s), e == s ? to.startInOriginal(s) : to.endInOriginal(e) };
		}
	}
}
