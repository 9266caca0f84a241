package org.policyannotator.export;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What goes into an export. Empty selections mean "all".
 *
 * @param documents    ids of the documents to export, in the order given; empty for all documents (sorted by id)
 * @param types        tag types to keep; empty for all. Relations are kept when both ends are kept.
 * @param annotators   annotators whose sets to export; empty for all
 * @param includeText  whether document texts are written (formats that need them refuse {@code false}); quotes,
 *                     prefixes and suffixes of spans are always written
 * @param acceptedOnly whether only accepted annotations are written (suggestions left out)
 */
public record ExportOptions(List<String> documents, Set<String> types, Set<String> annotators, boolean includeText,
		boolean acceptedOnly) {

	/** Copies the collections; writers sort the sets, so output does not depend on the caller's set order. */
	public ExportOptions {
		documents = List.copyOf(documents);
		types = Set.copyOf(new TreeSet<>(types));
		annotators = Set.copyOf(new TreeSet<>(annotators));
	}

	/** Everything: all documents, types and annotators, with texts and suggestions. */
	public static ExportOptions all() {
		return new ExportOptions(List.of(), Set.of(), Set.of(), true, false);
	}

	/** Copy restricted to these documents. */
	public ExportOptions withDocuments(List<String> ids) {
		return new ExportOptions(ids, types, annotators, includeText, acceptedOnly);
	}

	/** Copy restricted to these tag types. */
	public ExportOptions withTypes(Set<String> ids) {
		return new ExportOptions(documents, ids, annotators, includeText, acceptedOnly);
	}

	/** Copy restricted to these annotators. */
	public ExportOptions withAnnotators(Set<String> names) {
		return new ExportOptions(documents, types, names, includeText, acceptedOnly);
	}

	/** Copy with or without texts. */
	public ExportOptions withText(boolean include) {
		return new ExportOptions(documents, types, annotators, include, acceptedOnly);
	}

	/** Copy with or without suggestions. */
	public ExportOptions withAcceptedOnly(boolean accepted) {
		return new ExportOptions(documents, types, annotators, includeText, accepted);
	}

	/** Whether an annotation of this type is kept. */
	public boolean keepsType(String type) {
		return types.isEmpty() || types.contains(type);
	}

	/** Whether this annotator's sets are kept. */
	public boolean keepsAnnotator(String annotator) {
		return annotators.isEmpty() || annotators.contains(annotator);
	}
}
