package org.policyannotator.analysis.scoring;

/**
 * The score of one tag type.
 *
 * @param type      tag type id
 * @param exact     counts under exact matching (same type, same offsets of every span)
 * @param overlap   counts under overlap matching (same type, at least one shared character, one-to-one)
 * @param wrongType reference annotations of this type that a submitted annotation of another type overlaps (each
 *                  is also a false negative here and a false positive of the submitted type)
 */
public record TypeScore(String type, Counts exact, Counts overlap, int wrongType) {

	/** The sum of two scores of the same type. */
	public TypeScore plus(TypeScore other) {
		if (!type.equals(other.type)) {
			throw new IllegalArgumentException("cannot add scores of types " + type + " and " + other.type);
		}
		return new TypeScore(type, exact.plus(other.exact), overlap.plus(other.overlap), wrongType + other.wrongType);
	}
}
