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
		List<GoldDocument> twelfth = GoldReader.read(Path.of("heldout12"));
		assertEquals(12, twelfth.size());
		GoldEvaluation.Result r12 = GoldEvaluation.evaluate(twelfth, Suggesters.builtIn());
		// measured unseen at 0.823 attribution, tuned on since (0.984): a floor, not a measurement
		assertTrue(r12.attribution() >= 0.95, "attribution " + r12.attributedRightly() + " of " + r12.quotesWithSpeaker());
		List<GoldDocument> fifteenth = GoldReader.read(Path.of("heldout15"));
		assertEquals(10, fifteenth.size());
		GoldEvaluation.Result r15 = GoldEvaluation.evaluate(fifteenth, Suggesters.builtIn());
		// measured unseen once (0.951 statistics, 0.891 attribution), then its acronym call mended: the targets as a floor
		assertTrue(r15.overlap().get("statistic").f1() >= 0.90, "statistic " + r15.overlap().get("statistic"));
		assertTrue(r15.overlap().get("quote (direct)").f1() >= 0.90, "direct " + r15.overlap().get("quote (direct)"));
		assertTrue(r15.attribution() >= 0.86, "attribution " + r15.attributedRightly() + " of " + r15.quotesWithSpeaker());
		assertTrue(r15.overlap().get("proposal-point (n of N checked)").f1() >= 0.90, "points");
		List<GoldDocument> sixteenth = GoldReader.read(Path.of("heldout16"));
		assertEquals(10, sixteenth.size());
		GoldEvaluation.Result r16 = GoldEvaluation.evaluate(sixteenth, Suggesters.builtIn());
		// measured unseen at 0.842 attribution, tuned on since (0.982): a floor, not a measurement
		assertTrue(r16.attribution() >= 0.95, "attribution " + r16.attributedRightly() + " of " + r16.quotesWithSpeaker());
		List<GoldDocument> seventeenth = GoldReader.read(Path.of("heldout17"));
		assertEquals(10, seventeenth.size());
		GoldEvaluation.Result r17 = GoldEvaluation.evaluate(seventeenth, Suggesters.builtIn());
		// measured unseen at 0.850 attribution and 0.727 points, tuned on since (0.983, 1.000): a floor
		assertTrue(r17.attribution() >= 0.95, "attribution " + r17.attributedRightly() + " of " + r17.quotesWithSpeaker());
		assertTrue(r17.overlap().get("proposal-point (n of N checked)").f1() >= 0.99, "points");
		List<GoldDocument> eighteenth = GoldReader.read(Path.of("heldout18"));
		assertEquals(10, eighteenth.size());
		GoldEvaluation.Result r18 = GoldEvaluation.evaluate(eighteenth, Suggesters.builtIn());
		// measured unseen once (0.902 attribution, every target met) and not tuned on: the targets as a floor
		assertTrue(r18.overlap().get("statistic").f1() >= 0.90, "statistic " + r18.overlap().get("statistic"));
		assertTrue(r18.attribution() >= 0.86, "attribution " + r18.attributedRightly() + " of " + r18.quotesWithSpeaker());
		assertTrue(r18.overlap().get("proposal-point (n of N checked)").f1() >= 0.90, "points");
	}

	@Test
	void namesOfOneSpeakerMatch() {
		assertTrue(GoldEvaluation.sameSpeaker("Xi Jinping", "Xi"));
		assertTrue(!GoldEvaluation.sameSpeaker("Chen Xin", "Chen Wei"));
	}
}
