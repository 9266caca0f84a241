package org.policyannotator.export.importing;

import java.util.Map;
import java.util.Optional;

/**
 * How to import a file.
 *
 * @param format                the file's format; empty to recognise it from the content
 * @param annotator             the annotator of sets the file does not attribute to anyone, and of every set when
 *                              the file names only one annotator; empty for none
 * @param existingDocumentsOnly refuse sets on documents the corpus lacks instead of creating them from the file's
 *                              text
 * @param typeMap               the file's type names (as written in it) mapped to the schema's type ids
 * @param addTypes              add the file's unknown tag and relation types to the corpus schema
 * @param offsets               the unit of offsets in formats that do not state one (doccano)
 */
public record ImportOptions(Optional<ImportFormat> format, Optional<String> annotator, boolean existingDocumentsOnly,
		Map<String, String> typeMap, boolean addTypes, OffsetUnit offsets) {

	/** Copies the map. */
	public ImportOptions {
		typeMap = Map.copyOf(typeMap);
	}

	/** Recognise the format, create missing documents, no type map, doccano offsets in UTF-16 units. */
	public static ImportOptions defaults() {
		return new ImportOptions(Optional.empty(), Optional.empty(), false, Map.of(), false, OffsetUnit.UTF16);
	}

	/** With this format. */
	public ImportOptions withFormat(Optional<ImportFormat> newFormat) {
		return new ImportOptions(newFormat, annotator, existingDocumentsOnly, typeMap, addTypes, offsets);
	}

	/** With this annotator for unattributed sets. */
	public ImportOptions withAnnotator(Optional<String> newAnnotator) {
		return new ImportOptions(format, newAnnotator, existingDocumentsOnly, typeMap, addTypes, offsets);
	}

	/** Refusing (true) or creating (false) documents the corpus lacks. */
	public ImportOptions withExistingDocumentsOnly(boolean only) {
		return new ImportOptions(format, annotator, only, typeMap, addTypes, offsets);
	}

	/** With this type map. */
	public ImportOptions withTypeMap(Map<String, String> map) {
		return new ImportOptions(format, annotator, existingDocumentsOnly, map, addTypes, offsets);
	}

	/** Adding unknown types to the schema, or not. */
	public ImportOptions withAddTypes(boolean add) {
		return new ImportOptions(format, annotator, existingDocumentsOnly, typeMap, add, offsets);
	}

	/** With this offset unit for doccano files. */
	public ImportOptions withOffsets(OffsetUnit unit) {
		return new ImportOptions(format, annotator, existingDocumentsOnly, typeMap, addTypes, unit);
	}
}
