package org.policyannotator.search.internal;

import java.util.function.BooleanSupplier;

/**
 * A text that stops a regular expression: reading it throws {@link Stopped} once the deadline has passed or the
 * search is cancelled, so a pattern that backtracks without end cannot hang the search.
 */
public final class DeadlineText implements CharSequence {

	/** Thrown out of the matcher when the search must stop. */
	public static final class Stopped extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Stopped() {
			super(null, null, false, false);
		}
	}

	private final String text;
	private final long deadline;
	private final BooleanSupplier cancelled;
	private int reads;

	public DeadlineText(String text, long deadlineNanos, BooleanSupplier cancelled) {
		this.text = text;
		this.deadline = deadlineNanos;
		this.cancelled = cancelled;
	}

	@Override
	public char charAt(int index) {
		if ((++reads & 0xFFFFF) == 0) {
			check();
		}
		return text.charAt(index);
	}

	/** Throws {@link Stopped} if the search must stop now. */
	public void check() {
		if (System.nanoTime() - deadline > 0 || cancelled.getAsBoolean()) {
			throw new Stopped();
		}
	}

	@Override
	public int length() {
		return text.length();
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		return text.subSequence(start, end);
	}

	@Override
	public String toString() {
		return text;
	}
}
