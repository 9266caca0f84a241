package org.policyannotator.ui.exercise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.policyannotator.analysis.exercise.ExercisePackage;
import org.policyannotator.analysis.exercise.Submissions;
import org.policyannotator.analysis.exercise.ZipLimits;
import org.policyannotator.ui.corpus.CorpusRegistry;

/** What a student does with an exercise in the workbench: open the package as a corpus, hand in a submission. */
public final class ExerciseActions {

	private ExerciseActions() {
	}

	/**
	 * Opens an exercise package (checked like any untrusted zip) into a new folder as a corpus for {@code student},
	 * and adds it to the navigator.
	 */
	public static ExercisePackage.Opened open(Path zip, Path into, String student) throws IOException {
		ExercisePackage.Opened opened = ExercisePackage.open(zip, into, Optional.of(student), ZipLimits.DEFAULT);
		CorpusRegistry.getDefault().add(into);
		return opened;
	}

	/** Packs {@code student}'s saved sets of an exercise corpus into a submission zip for the instructor. */
	public static void submit(Path corpusFolder, String student, Path out) throws IOException {
		Submissions.pack(CorpusRegistry.getDefault().corpus(corpusFolder), student, out);
	}
}
