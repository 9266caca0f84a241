package org.policyannotator.ui.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportOptions;

/**
 * What the user chose in the export wizard: which corpus, which format, where to, and what goes in. Empty document,
 * type and annotator selections mean "all" (as in {@link ExportOptions}).
 */
public final class ExportRequest {
	private Optional<Path> corpus = Optional.empty();
	private ExportFormat format = ExportFormat.NATIVE;
	private Optional<Path> target = Optional.empty();
	private final List<String> documents = new ArrayList<>();
	private final Set<String> types = new TreeSet<>();
	private final Set<String> annotators = new TreeSet<>();
	private boolean includeText = true;
	private boolean acceptedOnly;

	public Optional<Path> corpus() {
		return corpus;
	}

	/** Chooses the corpus; a different corpus clears the document, type and annotator selections. */
	public void corpus(Path folder) {
		if (!corpus.equals(Optional.of(folder))) {
			documents.clear();
			types.clear();
			annotators.clear();
		}
		corpus = Optional.of(folder);
	}

	public ExportFormat format() {
		return format;
	}

	public void format(ExportFormat chosen) {
		format = chosen;
	}

	public Optional<Path> target() {
		return target;
	}

	public void target(Path file) {
		target = Optional.ofNullable(file);
	}

	/** The documents to export, in order; empty for all. */
	public List<String> documents() {
		return List.copyOf(documents);
	}

	public void documents(List<String> ids) {
		documents.clear();
		documents.addAll(ids);
	}

	/** The tag types to keep; empty for all. */
	public Set<String> types() {
		return Set.copyOf(types);
	}

	public void types(Set<String> ids) {
		types.clear();
		types.addAll(ids);
	}

	/** The annotators whose sets to export; empty for all. */
	public Set<String> annotators() {
		return Set.copyOf(annotators);
	}

	public void annotators(Set<String> names) {
		annotators.clear();
		annotators.addAll(names);
	}

	/** Whether the texts are written; always true for formats that need them. */
	public boolean includeText() {
		return includeText || format.needsText();
	}

	public void includeText(boolean include) {
		includeText = include;
	}

	public boolean acceptedOnly() {
		return acceptedOnly;
	}

	public void acceptedOnly(boolean accepted) {
		acceptedOnly = accepted;
	}

	/** The options for the exporter. */
	public ExportOptions options() {
		return ExportOptions.all().withDocuments(documents).withTypes(types).withAnnotators(annotators)
				.withText(includeText()).withAcceptedOnly(acceptedOnly);
	}
}
