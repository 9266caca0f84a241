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
		assertTrue(r.overlap().get("proposal-point (n of N checked)").f1() >= 0.9, "points");
	}

	@Test
	void theMissesNameTheDocumentTheTextAndTheSpeakers() {
		String text = "\"Ports will reopen,\" said Ana Ruiz. Cargo rose by a third. Exports fell 4 percent.";
		GoldDocument d = new GoldDocument("m1", text, List.of(
				gold(text, "quote", "Ports will reopen,", java.util.Map.of("kind", "direct", "speaker", "Lena Ortiz")),
				gold(text, "statistic", "by a third", java.util.Map.of())));
		GoldEvaluation.Result r = GoldEvaluation.evaluate(List.of(d), Suggesters.builtIn());
		assertTrue(r.misses().contains("m1\tattribution\t\"Ports will reopen,\"\tgold=Lena Ortiz\tsuggested=Ana Ruiz"),
				r.misses().toString());
		assertTrue(r.misses().contains("m1\tstatistic\textra\t\"4 percent\""), r.misses().toString());
		assertTrue(r.misses().contains("m1\tspeaker\textra\t\"Ana Ruiz\""), r.misses().toString());
	}

	private static GoldDocument.Gold gold(String text, String type, String quote, java.util.Map<String, String> attributes) {
		int start = text.indexOf(quote);
		return new GoldDocument.Gold(type, start, start + quote.length(), attributes);
	}

	@Test
	void theHeldOutGoldResolvesWithItsQuoteOverTwoParagraphs() throws Exception {
		List<GoldDocument> heldOut = GoldReader.read(Path.of("heldout"));
		assertEquals(9, heldOut.size());
		GoldDocument climate = heldOut.stream().filter(d -> d.id().startsWith("h08")).findFirst().orElseThrow();
		assertTrue(climate.annotations().stream().anyMatch(g -> g.type().equals("quote")
				&& climate.text().substring(g.start(), g.end()).contains("livelihoods.\n\n\"We saw")));
	}

	@Test
	void theUnseenGoldResolvesAndTheRulesKeepTheTargetsTheyReachOnIt() throws Exception {
		List<GoldDocument> unseen = GoldReader.read(Path.of("heldout2"));
		assertEquals(12, unseen.size());
		GoldEvaluation.Result r = GoldEvaluation.evaluate(unseen, Suggesters.builtIn());
		// the targets (this set was analysed for attribution since, so they are a floor, not a measurement)
		assertTrue(r.overlap().get("statistic").f1() >= 0.90, "statistic " + r.overlap().get("statistic"));
		assertTrue(r.overlap().get("quote (direct)").f1() >= 0.90, "direct " + r.overlap().get("quote (direct)"));
		assertTrue(r.overlap().get("quote (indirect)").f1() >= 0.70, "indirect " + r.overlap().get("quote (indirect)"));
		assertTrue(r.overlap().get("proposal-point (n of N checked)").f1() >= 0.90,
				"points " + r.overlap().get("proposal-point (n of N checked)"));
		assertTrue(r.attribution() >= 0.86, "attribution " + r.attributedRightly() + " of " + r.quotesWithSpeaker());
	}

	@Test
	void theThirdUnseenGoldResolvesWithItsQuotesOverTwoParagraphs() throws Exception {
		List<GoldDocument> unseen = GoldReader.read(Path.of("heldout3"));
		assertEquals(12, unseen.size());
		GoldDocument release = unseen.stream().filter(d -> d.id().startsWith("v03")).findFirst().orElseThrow();
		assertTrue(release.annotations().stream().anyMatch(g -> g.type().equals("quote")
				&& release.text().substring(g.start(), g.end()).contains("know their places best.\n\n\"Every pound")));
	}

	@Test
	void theSixthUnseenGoldResolvesWithItsQuoteOverThreeParagraphsAndItsTwoProposals() throws Exception {
		List<GoldDocument> unseen = GoldReader.read(Path.of("heldout6"));
		assertEquals(12, unseen.size());
		GoldDocument release = unseen.stream().filter(d -> d.id().startsWith("y02")).findFirst().orElseThrow();
		assertTrue(release.annotations().stream().anyMatch(g -> g.type().equals("quote")
				&& release.text().substring(g.start(), g.end()).contains("communities.\n\n\"I want every parent")));
		assertEquals(2, unseen.stream().flatMap(d -> d.annotations().stream())
				.filter(g -> g.type().equals("proposal")).count());
	}

	@Test
	void theSeventhUnseenGoldResolvesWithItsHeaderSpeakers() throws Exception {
		List<GoldDocument> unseen = GoldReader.read(Path.of("heldout7"));
		assertEquals(8, unseen.size());
		GoldDocument release = unseen.stream().filter(d -> d.id().startsWith("z03")).findFirst().orElseThrow();
		assertTrue(release.annotations().stream().anyMatch(g -> g.type().equals("speaker")
				&& release.text().substring(g.start(), g.end()).equals("Department for Education") && g.start() < 200));
	}

	@Test
	void theEighthUnseenGoldResolvesWithItsSpeakerInAFeaturesOpening() throws Exception {
		List<GoldDocument> unseen = GoldReader.read(Path.of("heldout8"));
		assertEquals(5, unseen.size());
		GoldDocument feature = unseen.stream().filter(d -> d.id().startsWith("a04")).findFirst().orElseThrow();
		assertTrue(feature.annotations().stream().anyMatch(g -> g.type().equals("quote")
				&& "Daniela Rossi".equals(g.attributes().get("speaker"))));
	}

	@Test
	void theFourteenthUnseenGoldResolvesAndTheRulesKeepWhatTheyReachOnIt() throws Exception {
		List<GoldDocument> unseen = GoldReader.read(Path.of("heldout14"));
		assertEquals(6, unseen.size());
		assertEquals(32, unseen.stream().flatMap(d -> d.annotations().stream()).filter(g -> g.type().equals("quote")).count());
		GoldEvaluation.Result r = GoldEvaluation.evaluate(unseen, Suggesters.builtIn());
		// measured unseen at 0.892 / 0.875, tuned on since: a floor for what the rules reach now, not a measurement
		assertTrue(r.overlap().get("statistic").f1() >= 0.92, "statistic " + r.overlap().get("statistic"));
		assertTrue(r.attribution() >= 0.90, "attribution " + r.attributedRightly() + " of " + r.quotesWithSpeaker());
	}

	@Test
	void theLatestUnseenGoldSetsResolveAndTheRulesKeepWhatTheyReachOnThem() throws Exception {
		// heldout12, 16, 17 were measured unseen (attribution 0.823, 0.842, 0.850; points 0.727 on 17) and tuned on
		// since: floors for what the rules reach now. heldout15 and 18 (0.891, 0.902) keep the targets.
		assertFloors("heldout12", 12, 0.95, 0.0, 0.0);
		assertFloors("heldout15", 10, 0.86, 0.90, 0.90);
		assertFloors("heldout16", 10, 0.95, 0.0, 0.0);
		assertFloors("heldout17", 10, 0.95, 0.0, 0.99);
		assertFloors("heldout18", 10, 0.86, 0.90, 0.90);
		// heldout19 and 20 were measured unseen with points 0.000 and 0.632 (mended since); the other targets were met
		assertFloors("heldout19", 8, 0.86, 0.90, 0.99);
		assertFloors("heldout20", 8, 0.86, 0.90, 0.99);
		// heldout21 was measured unseen at attribution 0.756 and points 0.667 (mended since)
		assertFloors("heldout21", 8, 0.90, 0.90, 0.99);
		// heldout22 was measured unseen at attribution 0.766 (mended since)
		assertFloors("heldout22", 8, 0.90, 0.90, 0.99);
		// heldout23 was measured unseen at attribution 0.854 and points 0.727 (mended since)
		assertFloors("heldout23", 8, 0.90, 0.90, 0.99);
		// heldout24 was measured unseen at attribution 0.804 (0.891 after the mend)
		assertFloors("heldout24", 8, 0.88, 0.90, 0.99);
		// heldout25 was measured unseen at attribution 0.922 and every target met; changed for nothing since
		assertFloors("heldout25", 8, 0.90, 0.90, 0.99);
		// heldout26 was measured unseen at attribution 0.872 and points 0.556 (mended since)
		assertFloors("heldout26", 8, 0.95, 0.90, 0.99);
		// heldout27 was measured unseen at attribution 0.898 and every target met (0.980 after the mend)
		assertFloors("heldout27", 8, 0.95, 0.90, 0.99);
		// heldout28 was measured unseen at attribution 0.958 and every target met (1.000 after the mend)
		assertFloors("heldout28", 8, 0.95, 0.90, 0.99);
		// heldout29 (articles of news length) was measured unseen at attribution 0.859, the other targets met; not mended
		assertFloors("heldout29", 8, 0.85, 0.90, 0.99);
	}

	/** The set in {@code folder} has {@code documents} files and reaches the attribution, statistic and point floors. */
	private static void assertFloors(String folder, int documents, double attribution, double statistics, double points)
			throws Exception {
		List<GoldDocument> set = GoldReader.read(Path.of(folder));
		assertEquals(documents, set.size(), folder);
		GoldEvaluation.Result r = GoldEvaluation.evaluate(set, Suggesters.builtIn());
		assertTrue(r.attribution() >= attribution,
				folder + " attribution " + r.attributedRightly() + " of " + r.quotesWithSpeaker());
		assertTrue(r.overlap().get("statistic").f1() >= statistics, folder + " statistic " + r.overlap().get("statistic"));
		assertTrue(r.overlap().get("quote (direct)").f1() >= Math.min(statistics, 0.90), folder + " direct");
		assertTrue(r.overlap().get("proposal-point (n of N checked)").f1() >= points, folder + " points");
	}

	@Test
	void namesOfOneSpeakerMatch() {
		assertTrue(GoldEvaluation.sameSpeaker("Xi Jinping", "Xi"));
		assertTrue(!GoldEvaluation.sameSpeaker("Chen Xin", "Chen Wei"));
	}
}
