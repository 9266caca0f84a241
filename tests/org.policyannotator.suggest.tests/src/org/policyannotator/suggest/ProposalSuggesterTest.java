package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProposalSuggesterTest {

	@Test
	void aDeclaredProposalGetsItsOrdinalPointsLinked() {
		Found f = Found.in("He put forward a three-point proposal. First, build trust. Second, deepen trade."
				+ " Third, widen exchanges. The talks ended.");
		Suggestion proposal = f.one("proposal", "He put forward a three-point proposal.");
		assertEquals("3", f.attribute(proposal, "points"));
		assertEquals(List.of("build trust", "deepen trade", "widen exchanges"), f.texts("proposal-point"));
		Suggestion third = f.one("proposal-point", "widen exchanges");
		assertEquals("3", f.attribute(third, "ordinal"));
		assertEquals(List.of(new Suggestion.Link("point-of", proposal.key())), third.links());
	}

	@Test
	void numberedLinesAndEnumerationsArePoints() {
		Found lines = Found.in("The ministry issued a 2-point plan:\n1. Cut tariffs.\n2. Open ports.");
		assertEquals(List.of("Cut tariffs", "Open ports"), lines.texts("proposal-point"));
		Found namely = Found.in("They agreed on a three-point consensus, namely peace, trade and culture.");
		assertEquals(List.of("peace", "trade", "culture"), namely.texts("proposal-point"));
	}

	@Test
	void missingPointsAreAFindingNotWrongPoints() {
		Found f = Found.in("A four-point proposal was put forward. First, build trust. Second, deepen trade.");
		assertTrue(f.texts("proposal-point").isEmpty());
		assertEquals("2 of 4 points found", f.one("proposal", "A four-point proposal was put forward.").note());
	}

	@Test
	void anEssaysOwnOrdinalsAreNotAProposal() {
		Found f = Found.in("First, the economy grew. Second, trade rose. Third, people travelled more.");
		assertTrue(f.texts("proposal").isEmpty());
		assertTrue(f.texts("proposal-point").isEmpty());
	}

	@Test
	void aCountedListAfterAColonIsAProposalWithItsParenthesisedPoints() {
		Found f = Found.in("The mayors set out four demands:\n(1) more money for buses;\n(2) cheaper power;\n"
				+ "(3) faster permits; and\n(4) a housing fund.");
		assertEquals("4", f.attribute(f.one("proposal", "The mayors set out four demands:"), "points"));
		assertEquals(List.of("more money for buses", "cheaper power", "faster permits", "a housing fund"),
				f.texts("proposal-point"));
	}

	@Test
	void aHeadlineRepeatingTheProposalIsNotASecondProposal() {
		Found f = Found.in("Union unveils three-point plan on wages\n\nLISBON, 2 May - The union on Monday unveiled a"
				+ " three-point plan on wages. First, raise the minimum wage. Second, index pensions. Third, cut"
				+ " payroll taxes.");
		assertEquals(List.of("The union on Monday unveiled a three-point plan on wages."), f.texts("proposal"));
		assertEquals(3, f.texts("proposal-point").size());
	}

	@Test
	void letteredAndRomanListsArePoints() {
		Found letters = Found.in("The council adopted a three-point plan:\n(a) hire nurses;\n(b) build clinics;\n(c) cut fees.");
		assertEquals(List.of("hire nurses", "build clinics", "cut fees"), letters.texts("proposal-point"));
		Found roman = Found.in("The board backed a two-point reform:\ni) merge the agencies;\nii) publish the budget.");
		assertEquals(List.of("merge the agencies", "publish the budget"), roman.texts("proposal-point"));
	}

	@Test
	void aCountOfStepsWithoutAColonIsAProposalOnlyWhenThatManyOrdinalPointsFollow() {
		Found f = Found.in("The Land Transport Authority on Wednesday announced three steps to cool prices. First, it will"
				+ " release more permits. Second, it will cut the Open category quota. Third, dealers will have to disclose"
				+ " their bids.\n\nThe council took two steps last year. It raised fees and cut hours.");
		assertEquals(1, f.texts("proposal").size(), f.texts("proposal").toString());
		assertEquals(3, f.texts("proposal-point").size(), f.texts("proposal-point").toString());
	}

	@Test
	void anEnumerationAfterAColonInTheNextSentenceGivesThePointsAndSemicolonsKeepEachPointWhole() {
		Found f = Found.in("LISBON — The cabinet approved a four-point water plan on Monday as reservoirs fell to 40%. The plan"
				+ " will: build two desalination plants; cut leaks and waste in city networks; raise prices for heavy users;"
				+ " and pay farmers to switch to drip irrigation.");
		assertEquals(List.of("build two desalination plants", "cut leaks and waste in city networks",
				"raise prices for heavy users", "pay farmers to switch to drip irrigation"), f.texts("proposal-point"));
	}

	@Test
	void ordinalPointsMayBeExplainedBetweenThemAndFinallyClosesTheSeries() {
		Found f = Found.in("OTTAWA - The premiers agreed on a four-point health accord on Friday. First, every province will hire"
				+ " 2,000 nurses. The money comes from Ottawa. Second, waiting lists will be published monthly. Critics call"
				+ " this overdue. Nobody objected. Third, clinics may share records. Finally, drug prices will be negotiated"
				+ " together.\n\nThe meeting ended early.");
		assertEquals(List.of("every province will hire 2,000 nurses", "waiting lists will be published monthly",
				"clinics may share records", "drug prices will be negotiated together"), f.texts("proposal-point"));
	}

	@Test
	void theFirstMeasureAndTheSecondArePoints() {
		Found f = Found.in("The regulator proposed a three-part package of rules for banks on Monday. The first measure would"
				+ " double capital buffers. The second would cap bonuses at one year of salary. The third sets a levy on"
				+ " short-term debt.");
		assertEquals(List.of("would double capital buffers", "would cap bonuses at one year of salary",
				"sets a levy on short-term debt"), f.texts("proposal-point"));
	}

	@Test
	void theLinesOfAListAnnouncedByAColonArePointsWithoutMarkers() {
		Found f = Found.in("Council backs three-step plan for the harbour\n\nThe council on Tuesday backed a three-step plan"
				+ " for the old harbour.\n\nThe plan includes:\nA ferry link to the island\nNew moorings for 300 boats\n"
				+ "A ban on cars on the quay\n\nWork starts in May.");
		assertEquals(List.of("A ferry link to the island", "New moorings for 300 boats", "A ban on cars on the quay"),
				f.texts("proposal-point"));
	}

	@Test
	void pointsNumberedInsideASentenceOrAfterOrdinalsInAQuote() {
		Found numbered = Found.in("The unions tabled a three-point proposal that calls for (1) a 7% raise, (2) a 35-hour"
				+ " week and (3) a pension at 62.");
		assertEquals(List.of("a 7% raise", "a 35-hour week", "a pension at 62"), numbered.texts("proposal-point"));
		Found quoted = Found.in("The mayor outlined a two-point plan for the city's buses on Monday.\n\nSpeaking to"
				+ " reporters, she said: \"First, we will buy 1,200 electric buses. Second, fares will fall by a third.\"");
		assertEquals(List.of("we will buy 1,200 electric buses", "fares will fall by a third"),
				quoted.texts("proposal-point"));
		Found inline = Found.in("The board adopted a three-point reform: first, audits every year; second, a public"
				+ " register of 4,500 donors; and third, term limits.");
		assertEquals(List.of("audits every year", "a public register of 4,500 donors", "term limits"),
				inline.texts("proposal-point"));
	}

	@Test
	void aBulletOfTwoSentencesIsOnePointAndTheListGoesOn() {
		Found f = Found.in("The ministry presented a three-point plan:\n- Cheaper trains. Fares fall by 20%.\n- More buses.\n"
				+ "- Safer bike lanes.");
		assertEquals(List.of("Cheaper trains. Fares fall by 20%", "More buses", "Safer bike lanes"), f.texts("proposal-point"));
	}

	@Test
	void romanNumeralsInsideTheNextSentenceAreThePoints() {
		Found f = Found.in("The cabinet will adopt a three-point package on rents, the minister said.\n\nShe said the package"
				+ " comprised (i) a freeze on rents for a year; (ii) 5,000 new public flats; and (iii) fines for empty"
				+ " homes.");
		assertEquals(List.of("a freeze on rents for a year", "5,000 new public flats", "fines for empty homes"),
				f.texts("proposal-point"));
	}

	@Test
	void theClausesOfASentenceThatOpensUnderThePlanAreItsPoints() {
		Found f = Found.in("The government presented a three-point plan against stadium violence on Thursday.\n\nUnder the plan,"
				+ " clubs in the top two divisions must install cameras and gates, convicted fans will be banned for five"
				+ " years, and away fans will travel only in registered groups.");
		assertEquals(List.of("clubs in the top two divisions must install cameras and gates",
				"convicted fans will be banned for five years", "away fans will travel only in registered groups"),
				f.texts("proposal-point"));
		assertTrue(f.texts("statistic").stream().noneMatch(t -> t.contains("two divisions")), f.texts("statistic").toString());
	}

	@Test
	void theSentenceAfterADeclarationThatCallsForItsPointsGivesThemWithoutTheVerbAndAnd() {
		Found f = Found.in("The authors propose a four-point rescue plan. It calls for letting farmers lease land for"
				+ " up to 10 years, opening clinics to host towns, paying part of the aid in cash, and asking donors for"
				+ " $300 million. Donors have not replied.");
		assertEquals("4", f.attribute(f.one("proposal", "The authors propose a four-point rescue plan."), "points"));
		assertEquals(List.of("letting farmers lease land for up to 10 years", "opening clinics to host towns",
				"paying part of the aid in cash", "asking donors for $300 million"), f.texts("proposal-point"));
	}
}

