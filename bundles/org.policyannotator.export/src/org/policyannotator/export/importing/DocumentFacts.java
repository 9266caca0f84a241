package org.policyannotator.export.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.policyannotator.model.DocumentDetails;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads what a document record of our dataset says about its document (title, source, date, language, details, the
 * document-level codes).
 */
final class DocumentFacts {
	private DocumentFacts() {
	}

	/** The facts of a document record; a malformed field is a problem naming {@code where}, the rest still read. */
	static RawDocument read(JsonNode node, String where, List<String> problems) {
		Optional<LocalDate> published = Optional.empty();
		String date = JsonFields.optionalText(node, "published");
		if (!date.isEmpty()) {
			try {
				published = Optional.of(LocalDate.parse(date));
			} catch (DateTimeParseException e) {
				problems.add(where + ": published \"" + date + "\" is not a date (YYYY-MM-DD)");
			}
		}
		return new RawDocument(JsonFields.optionalText(node, "title"), JsonFields.optionalText(node, "sourceUrl"),
				published, JsonFields.optionalText(node, "language"), details(node, where, problems),
				codes(node, where, problems));
	}

	/** {@code "documentCodes": {"<annotator>": ["<code>", ...]}}: the codes each annotator gave the whole document. */
	private static Map<String, List<String>> codes(JsonNode node, String where, List<String> problems) {
		Map<String, List<String>> codes = new LinkedHashMap<>();
		JsonNode field = node.path("documentCodes");
		if (field.isMissingNode() || field.isNull()) {
			return codes;
		}
		if (!field.isObject()) {
			problems.add(where + ": documentCodes must be an object of annotators and their lists of codes");
			return codes;
		}
		field.properties().forEach(e -> {
			List<String> list = new ArrayList<>();
			if (!e.getValue().isArray()) {
				problems.add(where + ": documentCodes of " + e.getKey() + " must be a list of codes");
			}
			for (JsonNode code : e.getValue()) {
				if (code.isTextual() && !code.asText().isBlank()) {
					list.add(code.asText());
				} else {
					problems.add(where + ": documentCodes of " + e.getKey() + ": " + code + " is not a code");
				}
			}
			if (!list.isEmpty()) {
				codes.put(e.getKey(), list);
			}
		});
		return codes;
	}

	private static DocumentDetails details(JsonNode node, String where, List<String> problems) {
		List<Integer> pages = new ArrayList<>();
		for (JsonNode start : node.path("pageStarts")) {
			if (!start.canConvertToInt() || !start.isIntegralNumber()) {
				problems.add(where + ": pageStarts must be whole numbers, found " + start);
				return DocumentDetails.NONE;
			}
			pages.add(start.intValue());
		}
		TreeMap<String, String> variables = new TreeMap<>();
		node.path("variables").properties().forEach(e -> variables.put(e.getKey(), e.getValue().asText()));
		try {
			return new DocumentDetails(JsonFields.optionalText(node, "byline"),
					JsonFields.optionalText(node, "siteName"), pages, variables);
		} catch (IllegalArgumentException e) {
			problems.add(where + ": " + e.getMessage());
			return DocumentDetails.NONE;
		}
	}
}
