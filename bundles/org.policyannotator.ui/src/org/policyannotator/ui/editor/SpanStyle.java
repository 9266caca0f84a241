package org.policyannotator.ui.editor;

/**
 * How one span is drawn. Spans that overlap others are put on separate layers so that each stays visible:
 * the first is filled with its type's colour, one overlapping it is boxed, a third is underlined. Suggested
 * (not yet accepted) annotations get a dashed box whatever their layer; other annotators' spans a squiggly line.
 */
public enum SpanStyle {
	FILL, BOX, UNDERLINE, SUGGESTED,
	/** Another annotator's span, shown read-only for comparison: a squiggly line in the type's colour. */
	OTHER;

	private static final String PREFIX = "org.policyannotator.ui.span.";

	/** The style of the n-th layer of overlapping spans (0 is the bottom one). */
	public static SpanStyle forLayer(int layer) {
		return switch (layer) {
		case 0 -> FILL;
		case 1 -> BOX;
		default -> UNDERLINE;
		};
	}

	/** The annotation type under which a span of a tag type is drawn in this style. */
	public String annotationType(String tagTypeId) {
		return PREFIX + tagTypeId + "." + name().toLowerCase();
	}

}
