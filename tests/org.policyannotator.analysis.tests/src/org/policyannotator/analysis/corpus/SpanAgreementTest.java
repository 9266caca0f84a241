package org.policyannotator.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.analysis.corpus.internal.PreparedDocument;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Document;

/** Corpus span agreement on the sample articles, with small cases worked out by hand. */
class SpanAgreementTest {
	private static final String PROPOSAL_SENTENCE = "Just over two months ago, during Xi's state visit to South Korea,"
			+ " a four-point proposal was put forward to open up new prospects for China-South Korea relations,"
			+ " guiding the reaffirmation of the strategic cooperative partnership between the two countries.";
	private static final String POINT = "open up new prospects for China-South Korea relations";

	private static Document firstSentence() {
		String text = SampleTexts.text("004");
		return Document.of("s1", "first sentence", text.substring(text.indexOf("On January 5"),
				text.indexOf("China.") + 6));
	}

	private static CorpusAgreementReport compute(List<String> types, AnnotatedDocument... documents) {
		List<String> annotators = List.copyOf(documents[0].sets().keySet());
		return SpanAgreement.compute(List.of(documents), annotators, types, List.of());
	}

	private static AnnotatedDocument annotated(Document d, AnnotationSet... sets) {
		java.util.Map<String, AnnotationSet> map = new java.util.TreeMap<>();
		for (AnnotationSet s : sets) {
			map.put(s.annotator(), s);
		}
		return new AnnotatedDocument(d, map);
	}

	@Test
	void speakerWithAndWithoutTitleWordGivesHandComputedTokenKappaAndAlpha() {
		Document d = firstSentence();
		AnnotationSet ana = Tagger.on(d, "ana").tag("speaker", "Chinese President Xi Jinping").set();
		AnnotationSet ben = Tagger.on(d, "ben").tag("speaker", "President Xi Jinping").set();
		CorpusAgreementReport report = compute(List.of("speaker"), annotated(d, ana, ben));
		Coefficients all = report.overall().allTypes();
		// 24 tokens; ana: 4 speaker tokens, ben: 3; they differ on "Chinese" only.
		// kappa: Ao = 23/24, Ae = (4/24)(3/24) + (20/24)(21/24) = 432/576 = 0.75, kappa = (23/24 - 3/4) / (1/4) = 5/6
		assertEquals(24, all.tokens());
		assertEquals(5.0 / 6, all.tokenKappa().get().value().getAsDouble(), 1e-12);
		// alpha: n = 48 values, n_speaker = 7, n_none = 41; Do = 2/48; De = (48^2 - 7^2 - 41^2) / (48 * 47) = 574/2256
		assertEquals(1 - (2.0 / 48) / (574.0 / 2256), all.tokenAlpha().value().getAsDouble(), 1e-12);
		// one type only: the speaker row has the same token figures
		assertEquals(5.0 / 6, report.overall().byType().get("speaker").tokenKappa().get().value().getAsDouble(),
				1e-12);
		assertTrue(all.unitizingAlpha().value().getAsDouble() < 1 && all.unitizingAlpha().value().getAsDouble() > 0);
		assertEquals(2, all.annotations());
	}

	@Test
	void identicalAnnotationsOnARealArticleAgreePerfectlyOnEveryCoefficient() {
		Document d = SampleTexts.document("d4", "004");
		AnnotationSet ana = Tagger.on(d, "ana").tag("proposal", PROPOSAL_SENTENCE).tag("proposal-point", POINT)
				.tag("statistic", "approximately 200 leading South Korean business figures").set();
		AnnotationSet ben = Tagger.on(d, "ben").tag("proposal", PROPOSAL_SENTENCE).tag("proposal-point", POINT)
				.tag("statistic", "approximately 200 leading South Korean business figures").set();
		CorpusAgreementReport report = compute(List.of("proposal", "proposal-point", "statistic"),
				annotated(d, ana, ben));
		Coefficients all = report.overall().allTypes();
		assertEquals(1.0, all.unitizingAlpha().value().getAsDouble(), 1e-12);
		assertEquals(1.0, all.tokenAlpha().value().getAsDouble(), 1e-12);
		assertEquals(1.0, all.tokenKappa().get().value().getAsDouble(), 1e-12);
		for (Coefficients c : report.overall().byType().values()) {
			assertEquals(1.0, c.unitizingAlpha().value().getAsDouble(), 1e-12);
			assertEquals(1.0, c.tokenKappa().get().value().getAsDouble(), 1e-12);
		}
		assertEquals(List.of("d4"), report.documents());
		assertEquals(1.0, report.byDocument().get("d4").allTypes().tokenAlpha().value().getAsDouble(), 1e-12);
		assertEquals(1.0, report.pair("ben", "ana").get().coefficients().tokenKappa().get().value().getAsDouble(),
				1e-12);
	}

	@Test
	void theShortestCoveringAnnotationGivesTheTokenItsLabel() {
		Document d = SampleTexts.document("d4", "004");
		AnnotationSet ana = Tagger.on(d, "ana").tag("proposal", PROPOSAL_SENTENCE).tag("proposal-point", POINT).set();
		List<String> types = List.of("proposal", "proposal-point");
		PreparedDocument prepared = new PreparedDocument(annotated(d, ana), List.of("ana"), types);
		List<Token> tokens = Tokenizer.tokenize(d.text());
		int prospects = indexOfToken(tokens, Tagger.find(d.text(), "prospects for China"));
		int just = indexOfToken(tokens, Tagger.find(d.text(), "Just over"));
		assertEquals(1, prepared.labels(0)[prospects], "inside the point: proposal-point, the shorter one");
		assertEquals(0, prepared.labels(0)[just], "outside the point: proposal");
		assertTrue(prepared.covered(0, 0).get(prospects), "per type, the proposal still covers the token");
	}

	@Test
	void equalLengthAnnotationsOfTwoTypesGiveTheAlphabeticallyFirstType() {
		Document d = firstSentence();
		AnnotationSet ana = Tagger.on(d, "ana").tag("speaker", "Xi Jinping").tag("quote", "Xi Jinping").set();
		PreparedDocument prepared = new PreparedDocument(annotated(d, ana), List.of("ana"),
				List.of("speaker", "quote"));
		int xi = indexOfToken(Tokenizer.tokenize(d.text()), Tagger.find(d.text(), "Xi Jinping"));
		assertEquals(1, prepared.labels(0)[xi], "quote < speaker");
	}

	@Test
	void allTypesKappaFollowsTheShortestWinsRuleByHand() {
		Document d = SampleTexts.document("d4", "004");
		AnnotationSet ana = Tagger.on(d, "ana").tag("proposal", PROPOSAL_SENTENCE).tag("proposal-point", POINT).set();
		AnnotationSet ben = Tagger.on(d, "ben").tag("proposal-point", POINT).set();
		CorpusAgreementReport report = compute(List.of("proposal", "proposal-point"), annotated(d, ana, ben));
		double n = Tokenizer.tokenize(d.text()).size();
		double s = Tokenizer.tokenize(PROPOSAL_SENTENCE).size();
		double p = Tokenizer.tokenize(POINT).size();
		// Point tokens: both proposal-point. Rest of the sentence: ana proposal, ben none. Elsewhere: none/none.
		double observed = (n - s + p) / n;
		double expected = (p / n) * (p / n) + ((n - s) / n) * ((n - p) / n);
		assertEquals((observed - expected) / (1 - expected),
				report.overall().allTypes().tokenKappa().get().value().getAsDouble(), 1e-12);
		assertEquals(1.0, report.overall().byType().get("proposal-point").tokenKappa().get().value().getAsDouble(),
				1e-12);
	}

	@Test
	void overlappingSpansOfOneTypeAreMergedLikeTheirUnion() {
		Document d = SampleTexts.document("d4", "004");
		String union = "China and South Korea are permanent neighbors and inseparable cooperation partners";
		AnnotationSet pieces = Tagger.on(d, "ana").tag("claim", "China and South Korea are permanent neighbors")
				.tag("claim", "permanent neighbors and inseparable cooperation partners").set();
		AnnotationSet whole = Tagger.on(d, "ana").tag("claim", union).set();
		AnnotationSet ben = Tagger.on(d, "ben").tag("claim", "South Korea are permanent neighbors").set();
		double merged = compute(List.of("claim"), annotated(d, pieces, ben)).overall().allTypes().unitizingAlpha()
				.value().getAsDouble();
		double single = compute(List.of("claim"), annotated(d, whole, ben)).overall().allTypes().unitizingAlpha()
				.value().getAsDouble();
		assertEquals(single, merged, 1e-12);
	}

	@Test
	void pairCellEqualsTheAgreementOfThoseTwoAlone() {
		Document d = SampleTexts.document("d4", "004");
		AnnotationSet ana = Tagger.on(d, "ana").tag("claim", "Economic ties between China and South Korea are close")
				.tag("statistic", "15 cooperation documents").set();
		AnnotationSet ben = Tagger.on(d, "ben").tag("claim", "Economic ties between China and South Korea are close")
				.set();
		AnnotationSet cy = Tagger.on(d, "cy").tag("claim", "ties between China and South Korea are close")
				.tag("statistic", "signed 15 cooperation documents").set();
		List<String> types = List.of("claim", "statistic");
		CorpusAgreementReport three = compute(types, annotated(d, ana, ben, cy));
		CorpusAgreementReport two = compute(types, annotated(d, ana, cy));
		assertEquals(3, three.pairs().size());
		assertTrue(three.overall().allTypes().tokenKappa().isEmpty(), "no group kappa for three annotators");
		Coefficients cell = three.pair("cy", "ana").get().coefficients();
		Coefficients alone = two.overall().allTypes();
		assertEquals(alone.unitizingAlpha().value(), cell.unitizingAlpha().value());
		assertEquals(alone.tokenKappa().get().value(), cell.tokenKappa().get().value());
		assertEquals(alone.tokenAlpha().value(), cell.tokenAlpha().value());
	}

	@Test
	void oneAnnotatorGivesReasonsInsteadOfNumbers() {
		Document d = firstSentence();
		AnnotationSet ana = Tagger.on(d, "ana").tag("speaker", "Xi Jinping").set();
		Coefficients c = compute(List.of("speaker"), annotated(d, ana)).overall().allTypes();
		assertFalse(c.unitizingAlpha().value().isPresent());
		assertTrue(c.unitizingAlpha().undefinedReason().get().contains("at least two coders"));
		assertTrue(c.tokenAlpha().undefinedReason().get().contains("at least two annotators"));
	}

	@Test
	void noAnnotationsGiveReasonsInsteadOfNaN() {
		Document d = firstSentence();
		CorpusAgreementReport report = compute(List.of("speaker"),
				annotated(d, Tagger.on(d, "ana").set(), Tagger.on(d, "ben").set()));
		Coefficients c = report.overall().allTypes();
		assertTrue(c.unitizingAlpha().undefinedReason().get().contains("no coder marked any segment"));
		assertTrue(c.tokenAlpha().undefinedReason().get().contains("same label"));
		assertTrue(c.tokenKappa().get().undefinedReason().get().contains("same label"));
		assertTrue(report.overall().byType().get("speaker").unitizingAlpha().undefinedReason().get()
				.contains("no annotator marked a 'speaker' span"));
		assertEquals(0, c.annotations());
	}

	@Test
	void suggestedAndOrphanedAnnotationsDoNotCount() {
		Document d = firstSentence();
		AnnotationSet ana = Tagger.on(d, "ana").tag("speaker", "Xi Jinping").set();
		AnnotationSet ben = Tagger.on(d, "ben").tag("speaker", "Xi Jinping").tag("speaker", "Lee Jae Myung").set();
		Annotation lee = ben.annotation("a2").get();
		ben.update(lee.withStatus(AnnotationStatus.SUGGESTED, Instant.parse("2026-01-05T11:00:00Z")));
		AnnotationSet cy = Tagger.on(d, "cy").tag("speaker", "Xi Jinping").tag("speaker", "Lee Jae Myung").set();
		cy.update(cy.annotation("a2").get().withOrphaned(true));
		CorpusAgreementReport report = compute(List.of("speaker"), annotated(d, ana, ben, cy));
		assertEquals(3, report.overall().allTypes().annotations());
		assertEquals(1.0, report.overall().allTypes().tokenAlpha().value().getAsDouble(), 1e-12);
	}

	@Test
	void severalDocumentsGiveOneRowEachAndAnOverallRow() {
		Document d0 = SampleTexts.document("d0", "000");
		Document d4 = SampleTexts.document("d4", "004");
		String claim0 = "Strengthening people-to-people ties, particularly among Gen Z, is vital for the continued"
				+ " enhancement of China-South Korea relations";
		AnnotatedDocument a0 = annotated(d0, Tagger.on(d0, "ana").tag("claim", claim0).set(),
				Tagger.on(d0, "ben").tag("claim", claim0).set());
		AnnotatedDocument a4 = annotated(d4, Tagger.on(d4, "ana").tag("claim", "Economic ties between China and"
				+ " South Korea are close").set(), Tagger.on(d4, "ben").set());
		CorpusAgreementReport report = compute(List.of("claim"), a0, a4);
		assertEquals(List.of("d0", "d4"), List.copyOf(report.byDocument().keySet()));
		assertEquals(1.0, report.byDocument().get("d0").allTypes().tokenKappa().get().value().getAsDouble(), 1e-12);
		double overall = report.overall().allTypes().tokenKappa().get().value().getAsDouble();
		assertTrue(overall > 0 && overall < 1, "one agreed and one missed claim: " + overall);
		assertEquals(Tokenizer.tokenize(d0.text()).size() + Tokenizer.tokenize(d4.text()).size(),
				report.overall().allTypes().tokens());
		assertEquals(Map.of(), report.byDocument().get("d0").byType().get("claim").tokenKappa().get().undefinedReason()
				.map(r -> Map.of("reason", r)).orElse(Map.of()));
	}

	private static int indexOfToken(List<Token> tokens, int offset) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).start() == offset) {
				return i;
			}
		}
		throw new IllegalArgumentException("no token starts at " + offset);
	}
}
