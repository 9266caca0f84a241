package org.policyannotator.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of one attribute of an annotation. Enum values and free text are {@link Text}; which one an attribute
 * takes is said by the schema.
 */
public sealed interface AttributeValue {

	/** The value as an analyst would read it. */
	String display();

	/** Free text or an enum constant. */
	record Text(String value) implements AttributeValue {
		/** Rejects null. */
		public Text {
			Strings.requireNonNull(value, "value");
		}

		@Override
		public String display() {
			return value;
		}
	}

	/** A decimal number, kept exactly as entered (no binary floating point). */
	record Number(BigDecimal value) implements AttributeValue {
		/** Rejects null and strips trailing zeros so that equal numbers are written the same way. */
		public Number {
			if (value == null) {
				throw new IllegalArgumentException("value must not be null");
			}
			value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
		}

		/** A number from its decimal text, e.g. {@code "24.5"}. */
		public static Number of(String decimal) {
			return new Number(new BigDecimal(decimal));
		}

		@Override
		public String display() {
			return value.toPlainString();
		}
	}

	/** Yes or no. */
	record Bool(boolean value) implements AttributeValue {
		@Override
		public String display() {
			return Boolean.toString(value);
		}
	}

	/** A calendar date. */
	record Date(LocalDate value) implements AttributeValue {
		/** Rejects null. */
		public Date {
			if (value == null) {
				throw new IllegalArgumentException("value must not be null");
			}
		}

		@Override
		public String display() {
			return value.toString();
		}
	}

	/** A reference to another annotation of the same set, by id. */
	record Ref(String annotationId) implements AttributeValue {
		/** Rejects empty ids. */
		public Ref {
			Strings.requireNonBlank(annotationId, "annotationId");
		}

		@Override
		public String display() {
			return "->" + annotationId;
		}
	}
}
