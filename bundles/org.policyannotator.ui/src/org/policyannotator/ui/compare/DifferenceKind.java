package org.policyannotator.ui.compare;

/** How the annotations of two annotators at one place relate, with the colour the comparison shows it in. */
public enum DifferenceKind {
	MATCH("match", 0x2e7d32, false),
	ATTRIBUTES("attributes differ", 0x00838f, true),
	BOUNDARY("boundary", 0xef6c00, true),
	TYPE("type mismatch", 0xc62828, true),
	ONLY_LEFT("only left", 0x1565c0, true),
	ONLY_RIGHT("only right", 0x7b1fa2, true);

	private final String label;
	private final int rgb;
	private final boolean disagreement;

	DifferenceKind(String label, int rgb, boolean disagreement) {
		this.label = label;
		this.rgb = rgb;
		this.disagreement = disagreement;
	}

	/** A short name for lists. */
	public String label() {
		return label;
	}

	/** The colour as 0xRRGGBB. */
	public int rgb() {
		return rgb;
	}

	/** Whether the two annotators disagree (everything but an exact match with the same attributes). */
	public boolean isDisagreement() {
		return disagreement;
	}
}
