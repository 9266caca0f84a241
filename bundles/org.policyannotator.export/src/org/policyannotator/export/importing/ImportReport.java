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
 */
public record ImportReport(int sets, int replaced, long annotations, long relations, List<String> warnings) {

	/** Copies the list. */
	public ImportReport {
		warnings = List.copyOf(warnings);
	}
}
