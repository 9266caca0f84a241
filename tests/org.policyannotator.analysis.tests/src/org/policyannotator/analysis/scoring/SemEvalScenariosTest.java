package org.policyannotator.analysis.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;

/**
 * Our exact matching is nervaluate's "strict" scheme and our overlap matching its "ent_type" scheme (both as defined
 * for SemEval-2013 task 9.1). Source of every expected figure: the scenario table and the "Putting all together" table
 * of the nervaluate README (MantisAI/nervaluate, README.md; also David S. Batista's blog post "Named-Entity evaluation
 * metrics based on entity-level", 2018). The tagged strings are the README's.
 *
 * <p>Our counts map onto theirs as tp = COR, fp = INC + PAR + SPU, fn = INC + PAR + MIS (a wrong type, or an exact
 * boundary miss, is one false positive of the submitted and one false negative of the reference annotation), so that
 * precision = COR / ACT and recall = COR / POS as in their "exact match" formulas.
 */
class SemEvalScenariosTest {
	// one sentence per scenario of the README's table, and a second correct entity (see the last test)
	private static final String TEXT = "Patients took phenytoin daily. " // I
			+ "They stayed healthy. " // II
			+ "Nobody mentioned tikosyn. " // III
			+ "Doctors prescribed propranolol. " // IV
			+ "A dose of warfarin was given. " // V
			+ "Some used oral contraceptives. " // VI
			+ "Others took aspirin.";
	private static final Document DOCUMENT = Document.of("semeval", "SemEval-2013 task 9.1 scenarios", TEXT);

	private static AnnotationSet gold(boolean seventh) {
		Tagger gold = Tagger.on(DOCUMENT, "gold").tag("DRUG", "phenytoin") // I
				.tag("BRAND", "tikosyn") // III
				.tag("DRUG", "propranolol") // IV
				.tag("DRUG", "warfarin") // V
				.tag("GROUP", "contraceptives"); // VI
		return (seventh ? gold.tag("DRUG", "aspirin") : gold).set();
	}

	private static AnnotationSet predicted(boolean seventh) {
		Tagger pred = Tagger.on(DOCUMENT, "system").tag("DRUG", "phenytoin") // I: correct
				.tag("BRAND", "healthy") // II: spurious
				.tag("BRAND", "propranolol") // IV: right string, wrong type
				.tag("DRUG", "of warfarin") // V: right type, wrong boundaries
				.tag("DRUG", "oral contraceptives"); // VI: wrong boundaries and type
		return (seventh ? pred.tag("DRUG", "aspirin") : pred).set();
	}

	private static Score score(boolean seventh) {
		return Scoring.score(gold(seventh), predicted(seventh), TEXT.length());
	}

	/**
	 * The README's table, row by row: ent_type (our overlap) I COR, II SPU, III MIS, IV INC, V COR, VI INC; strict (our
	 * exact) I COR, II SPU, III MIS, IV, V and VI INC.
	 */
	@Test
	void eachScenarioIsClassifiedAsTheSemEvalTableSays() {
		Score s = score(false);
		List<Feedback> items = s.feedback();
		assertEquals(1, s.feedback(Feedback.Matched.class).size(), "I: the only exact (strict) match");
		assertEquals("phenytoin", quote(s.feedback(Feedback.Matched.class).get(0).reference()));
		assertEquals("healthy", quote(s.feedback(Feedback.Extra.class).get(0).submitted()), "II: spurious");
		assertEquals("tikosyn", quote(s.feedback(Feedback.Missed.class).get(0).reference()), "III: missed");
		List<Feedback.WrongType> wrongType = s.feedback(Feedback.WrongType.class);
		assertEquals(List.of("propranolol", "contraceptives"), wrongType.stream().map(w -> quote(w.reference()))
				.toList(), "IV and VI: incorrect under ent_type (type differs)");
		Feedback.BoundaryDifference v = s.feedback(Feedback.BoundaryDifference.class).get(0);
		assertEquals("of warfarin", quote(v.submitted()), "V: correct under ent_type, incorrect under strict");
		assertEquals(6, items.size(), "one item per scenario, each annotation in exactly one: " + items);
	}

	/**
	 * The six rows alone. ent_type: COR 2 (I, V), INC 2 (IV, VI), MIS 1, SPU 1: POS = ACT = 5, P = R = F1 = 2/5.
	 * strict: COR 1 (I), INC 3 (IV, V, VI), MIS 1, SPU 1: P = R = F1 = 1/5.
	 */
	@Test
	void theSixScenariosGiveTheFiguresOfBothSchemes() {
		Score s = score(false);
		assertEquals(new Counts(2, 3, 3), s.overlap());
		assertEquals(0.4, s.overlap().precision().getAsDouble(), 1e-12);
		assertEquals(0.4, s.overlap().recall().getAsDouble(), 1e-12);
		assertEquals(new Counts(1, 4, 4), s.exact());
		assertEquals(0.2, s.exact().f1().getAsDouble(), 1e-12);
	}

	/**
	 * The README's "Putting all together" table counts one more correct entity than its six rows (Type: Correct 3,
	 * Incorrect 2, Missed 1, Spurious 1; Strict: Correct 2, Incorrect 3, Missed 1, Spurious 1), so a seventh, exact
	 * answer ("aspirin") is added: Type precision = recall = F1 = 3/6 = 0.5, Strict 2/6 = 0.33 as printed there.
	 */
	@Test
	void withTheSeventhEntityTheFiguresAreThoseOfTheReadmesSummaryTable() {
		Score s = score(true);
		assertEquals(new Counts(3, 3, 3), s.overlap());
		assertEquals(0.5, s.overlap().precision().getAsDouble(), 1e-12);
		assertEquals(0.5, s.overlap().recall().getAsDouble(), 1e-12);
		assertEquals(0.5, s.overlap().f1().getAsDouble(), 1e-12);
		assertEquals(new Counts(2, 4, 4), s.exact());
		assertEquals(0.33, s.exact().precision().getAsDouble(), 0.005);
		assertEquals(0.33, s.exact().recall().getAsDouble(), 0.005);
		assertEquals(0.33, s.exact().f1().getAsDouble(), 0.005);
	}

	private static String quote(org.policyannotator.model.Annotation a) {
		return TEXT.substring(a.start(), a.end());
	}
}
