package org.policyannotator.model.corpus;

import java.util.List;
import java.util.Optional;

import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Finding;
import org.policyannotator.model.anchor.AnchorReport;

/**
 * An annotation set as loaded, with everything found wrong in its file. Nothing is dropped or changed on loading,
 * except that spans are re-anchored when the document text changed (then {@link #reanchoring()} says how, and the
 * set is dirty until saved).
 *
 * @param set         the set (empty if there is no file yet)
 * @param findings    problems, each naming the file and the annotation id
 * @param reanchoring what re-anchoring did, if the document text had changed
 */
public record LoadedSet(AnnotationSet set, List<Finding> findings, Optional<AnchorReport> reanchoring) {

	/** Copies the findings. */
	public LoadedSet {
		findings = List.copyOf(findings);
	}

	/** Whether any finding is an error. */
	public boolean hasErrors() {
		return findings.stream().anyMatch(Finding::isError);
	}
}
