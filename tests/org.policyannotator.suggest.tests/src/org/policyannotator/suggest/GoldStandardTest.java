package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.suggest.gold.GoldDocument;
import org.policyannotator.suggest.gold.GoldEvaluation;
import org.policyannotator.suggest.gold.GoldReader;

/** The gold standard reads and the rules keep the quality measured on it (a floor against regressions). */
class GoldStandardTest {

	@Test
	void everyGoldFileResolvesAndTheRulesStayAboveTheirFloor() throws Exception {
		List<GoldDocument> gold = GoldReader.read(Path.of("gold"));
		assertEquals(5, gold.size());
		GoldEvaluation.Result r = GoldEvaluation.evaluate(gold, Suggesters.builtIn());
		assertTrue(r.overlap().get("statistic").f1() >= 0.85, "statistic " + r.overlap().get("statistic"));
		assertTrue(r.overlap().get("quote (direct)").f1() >= 0.85, "direct " + r.overlap().get("quote (direct)"));
		assertTrue(r.overlap().get("quote (indirect)").f1() >= 0.70, "indirect " + r.overlap().get("quote (indirect)"));
		assertTrue(r.overlap().get("proposal-point (n checked)").f1() >= 0.9, "points");
	}

	@Test
	void namesOfOneSpeakerMatch() {
		assertTrue(GoldEvaluation.sameSpeaker("Xi Jinping", "Xi"));
		assertTrue(!GoldEvaluation.sameSpeaker("Chen Xin", "Chen Wei"));
	}
}
