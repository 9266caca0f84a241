package org.policyannotator.ui.imports;

import java.nio.file.Path;
import java.util.Optional;

import org.policyannotator.export.importing.ImportFormat;

/** What the user chose in the Import Annotation Set wizard. */
public final class AnnotationSetRequest {
	private Optional<Path> file = Optional.empty();
	private Optional<ImportFormat> format = Optional.empty();
	private Optional<Path> corpus = Optional.empty();
	private Optional<String> annotator = Optional.empty();

	public Optional<Path> file() {
		return file;
	}

	public void file(Path chosen) {
		file = Optional.ofNullable(chosen);
	}

	/** The format to read; empty to recognise it from the content. */
	public Optional<ImportFormat> format() {
		return format;
	}

	public void format(Optional<ImportFormat> chosen) {
		format = chosen;
	}

	public Optional<Path> corpus() {
		return corpus;
	}

	public void corpus(Path folder) {
		corpus = Optional.ofNullable(folder);
	}

	/** Store everything as this annotator; empty to keep the file's annotators. */
	public Optional<String> annotator() {
		return annotator;
	}

	public void annotator(Optional<String> name) {
		annotator = name;
	}
}
