package org.policyannotator.analysis.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Agreement in one scope (the whole selection or one document): all types together and per type.
 *
 * @param allTypes all compared types together (token labels: the rule of {@link SpanAgreement})
 * @param byType   per compared type, in the order of {@link CorpusAgreementReport#types()}
 */
public record ScopeAgreement(Coefficients allTypes, Map<String, Coefficients> byType) {

	/** Copies the map, keeping its order. */
	public ScopeAgreement {
		byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
	}
}
