package org.policyannotator.export.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;

/**
 * An annotation as a file states it.
 *
 * @param id         its id in the set
 * @param type       tag type id
 * @param spans      spans as stated
 * @param typed      attribute values whose kind the file states
 * @param untyped    attribute values as text, whose kind the schema gives
 * @param status     accepted or suggested
 * @param created    creation time
 * @param modified   modification time
 * @param note       note (empty if none)
 * @param where      file and line or position, for messages
 */
record RawAnnotation(String id, String type, List<RawSpan> spans, Map<String, AttributeValue> typed,
		Map<String, String> untyped, AnnotationStatus status, Instant created, Instant modified, String note,
		String where) {
}
