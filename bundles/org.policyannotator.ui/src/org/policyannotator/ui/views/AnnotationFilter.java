package org.policyannotator.ui.views;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps the rows of one tag type (or all) in which one person speaks (or anyone) and whose covered text, attributes
 * or note contain a search text.
 */
final class AnnotationFilter implements Predicate<AnnotationRow> {
	private Optional<String> type = Optional.empty();
	private String text = "";
	private Predicate<AnnotationRow> speaker = row -> true;

	void setSpeaker(Predicate<AnnotationRow> speaks) {
		speaker = speaks;
	}

	void setType(Optional<String> typeId) {
		type = typeId;
	}

	void setText(String search) {
		text = search.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean test(AnnotationRow row) {
		if (type.isPresent() && !type.get().equals(row.annotation().type())) {
			return false;
		}
		if (!speaker.test(row)) {
			return false;
		}
		return text.isEmpty() || (row.coveredText() + "\n" + row.attributesText() + "\n" + row.annotation().note())
				.toLowerCase(Locale.ROOT).contains(text);
	}
}
