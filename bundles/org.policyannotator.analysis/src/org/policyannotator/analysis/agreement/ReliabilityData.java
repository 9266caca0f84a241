package org.policyannotator.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reliability data: the value each coder gave each unit, or none (missing). Values are kept as the coders wrote them;
 * numeric levels parse them when a coefficient is computed.
 *
 * @param coders the coder names, in column order; at least one
 * @param units  one row per unit, each with exactly one entry per coder ({@link Optional#empty()} = missing)
 */
public record ReliabilityData(List<String> coders, List<List<Optional<String>>> units) {

	/** Copies the lists and checks that every unit has one entry per coder. */
	public ReliabilityData {
		coders = List.copyOf(coders);
		if (coders.isEmpty()) {
			throw new IllegalArgumentException("reliability data needs at least one coder");
		}
		List<List<Optional<String>>> copy = new ArrayList<>(units.size());
		for (int u = 0; u < units.size(); u++) {
			List<Optional<String>> row = units.get(u);
			if (row.size() != coders.size()) {
				throw new IllegalArgumentException(
						"unit " + (u + 1) + " has " + row.size() + " values, expected one per coder (" + coders.size() + ")");
			}
			row.forEach(Objects::requireNonNull);
			copy.add(List.copyOf(row));
		}
		units = List.copyOf(copy);
	}

	/** The number of coders (columns). */
	public int coderCount() {
		return coders.size();
	}

	/** The number of units (rows), including units with missing values. */
	public int unitCount() {
		return units.size();
	}

	/** The value coder {@code coder} gave unit {@code unit} (both 0-based), if any. */
	public Optional<String> value(int unit, int coder) {
		return units.get(unit).get(coder);
	}
}
