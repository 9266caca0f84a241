package org.policyannotator.export.importing;

import java.util.List;

/**
 * What an import did.
 *
 * @param sets        annotation sets written (each replacing that annotator's set for that document)
 * @param replaced    how many of them replaced a set that had annotations before
 * @param annotations annotations written
 * @param relations   relations written
 * @param warnings    problems that did not stop the import (e.g. a missing required attribute)
 * @param created     ids of the documents the import added to the corpus (from the file's texts)
 * @param matched     how many corpus documents were found by their text (the file named no id of the corpus)
 * @param addedTypes  ids of the tag and relation types the import added to the schema ({@code --add-types})
 * @param coded       how many documents were given document-level codes, counted once per annotator
 */
public record ImportReport(int sets, int replaced, long annotations, long relations, List<String> warnings,
		List<String> created, int matched, List<String> addedTypes, int coded) {

	/** Copies the lists. */
	public ImportReport {
		warnings = List.copyOf(warnings);
		created = List.copyOf(created);
		addedTypes = List.copyOf(addedTypes);
	}

	/** A report of an import that created no documents and added no types. */
	public ImportReport(int sets, int replaced, long annotations, long relations, List<String> warnings) {
		this(sets, replaced, annotations, relations, warnings, List.of(), 0, List.of(), 0);
	}

	/** One line saying what the import did, e.g. for the command line. */
	public String summary() {
		StringBuilder b = new StringBuilder();
		b.append(sets).append(" annotation sets (").append(annotations)
				.append(" annotations, ").append(relations).append(" relations)");
		b.append("; documents: ").append(created.size()).append(" created, ").append(matched)
				.append(" matched by their text");
		if (coded > 0) {
			b.append("; document codes given to ").append(coded).append(coded == 1 ? " document" : " documents")
					.append(" (counted per annotator)");
		}
		if (replaced > 0) {
			b.append("; ").append(replaced).append(" replaced sets that had annotations");
		}
		if (!addedTypes.isEmpty()) {
			b.append("; types added to the schema: ").append(String.join(", ", addedTypes));
		}
		return b.toString();
	}
}
