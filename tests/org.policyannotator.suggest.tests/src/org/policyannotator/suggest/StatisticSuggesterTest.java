package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticSuggesterTest {

	@Test
	void amountsInRandRupiahRinggitShillingsAndNairaButNotRouteNames() {
		Found f = Found.in("Pretoria set aside R2.1 billion and Jakarta Rp 5 trillion; Kuala Lumpur pledged RM1.2 billion,"
				+ " Nairobi KSh 40 billion and Abuja ₦500 billion. Buses on Route R5 were late.");
		assertEquals(List.of("R2.1 billion", "Rp 5 trillion", "RM1.2 billion", "KSh 40 billion", "₦500 billion"),
				f.texts("statistic"));
		assertEquals("R billion", f.attribute(f.one("statistic", "R2.1 billion"), "unit"));
	}

	@Test
	void moneyWithScaleAndCurrencyGetsValueAndUnit() {
		Found f = Found.in("Bilateral trade reached 298.9 billion U.S. dollars in the period.");
		Suggestion s = f.one("statistic", "298.9 billion U.S. dollars");
		assertEquals("298.9", f.attribute(s, "value"));
		assertEquals("billion U.S. dollars", f.attribute(s, "unit"));
	}

	@Test
	void percentageChangeIsFilledIn() {
		Found f = Found.in("Exchanges exceeded 6.65 million visits, up 24.5 percent year-on-year.");
		assertEquals(List.of("6.65 million visits", "24.5 percent"), f.texts("statistic"));
		assertEquals("up 24.5 percent year-on-year", f.attribute(f.one("statistic", "24.5 percent"), "change"));
	}

	@Test
	void approximatorsMarkAnEstimate() {
		Found f = Found.in("The plant saves roughly 310,000 tonnes of coal and nearly a hundred people work there.");
		assertEquals(List.of("roughly 310,000 tonnes", "nearly a hundred people"), f.texts("statistic"));
		assertEquals("310000", f.attribute(f.one("statistic", "roughly 310,000 tonnes"), "value"));
		assertEquals("true", f.attribute(f.one("statistic", "roughly 310,000 tonnes"), "estimate"));
	}

	@Test
	void durationsAndCountsInWordsAreStatistics() {
		Found f = Found.in("He began a four-day visit, his first in 11 years, and signed 15 cooperation documents.");
		assertEquals(List.of("four-day", "11 years", "15 cooperation documents"), f.texts("statistic"));
	}

	@Test
	void datesYearsOrdinalsTimesAndReferencesAreNot() {
		Found f = Found.in("On October 13, 2025 at 11:13 PM the 32nd meeting of the two countries opened the"
				+ " 15th Five-Year Plan (2026-2030). In 2025 both sides met.\n1. A list item");
		assertTrue(f.texts("statistic").isEmpty(), f.texts("statistic").toString());
	}

	@Test
	void otherCurrenciesAndSignsAreFound() {
		Found f = Found.in("The fund holds €4.5bn and $300 million, and costs 12% more than 1.2 trillion yuan.");
		assertEquals(List.of("€4.5bn", "$300 million", "12%", "more than 1.2 trillion yuan"), f.texts("statistic"));
	}

	@Test
	void sharesAsFractionsCountButAnOrdinalThirdDoesNot() {
		Found f = Found.in("Exports fell by a quarter. Nearly two-thirds of firms agreed. A third country joined.");
		assertEquals(List.of("a quarter", "Nearly two-thirds"), f.texts("statistic"));
		assertEquals("0.25", f.attribute(f.one("statistic", "a quarter"), "value"));
	}

	@Test
	void ratesCountsAndCapitalizedQualifiersAreStatistics() {
		Found f = Found.in("The ratio rose to 2.35 from 2.10. About 412,000 voters and 31 Nordic companies signed,"
				+ " some 12,500 in all. Version 3.5 shipped. A 2.4-gigawatt plant opens.");
		assertEquals(List.of("2.35", "2.10", "About 412,000 voters", "31 Nordic companies", "some 12,500",
				"2.4-gigawatt"), f.texts("statistic"));
	}

	@Test
	void aPeriodPlacingAFigureInTimeAndTheCountOfAListAreNoStatistics() {
		Found f = Found.in("Sales were 12 percent higher than ten years earlier. The panel set out four priorities:"
				+ " jobs, homes, roads and schools. Talks are expected to last two weeks.");
		assertEquals(List.of("12 percent", "two weeks"), f.texts("statistic"));
	}

	@Test
	void agesIrregularPluralsCapitalizedPluralsAndHalvesAreStatistics() {
		Found f = Found.in("Ahmed Saleh, 41, fled with seven children. The panel has nine Conservatives and"
				+ " three C-17 aircraft were sent. More than half of voters agreed, and players aged 16 to 18 may sign.");
		assertEquals(List.of("41", "seven children", "nine Conservatives", "three C-17 aircraft", "More than half",
				"16 to 18"), f.texts("statistic"));
	}

	@Test
	void temperaturesVagueCountsCurrencyCodesAndCurrencyRangesAreStatistics() {
		Found f = Found.in("It was 41.2C in Seville and 40 °C in Cordoba. Hundreds of thousands of fans and dozens of"
				+ " doctors came. Poland spent PLN 12bn, and the fund needs €10bn to €12bn.");
		assertEquals(List.of("41.2C", "40 °C", "Hundreds of thousands of fans", "dozens of doctors", "PLN 12bn",
				"€10bn to €12bn"), f.texts("statistic"));
	}

	@Test
	void anOrdinalFractionWordAndASecondNumberAfterAnAmountAreNotPartOfAStatistic() {
		Found f = Found.in("The strike went into a third day. Profits were €9bn two years earlier.");
		assertEquals(List.of("€9bn"), f.texts("statistic"));
	}

	@Test
	void moreBetweenACountAndItsNounAVoteAndAnAgeGroupAreStatistics() {
		Found f = Found.in("The city will hire 1,200 more nurses and open 40 additional clinics. The council voted 31-9"
				+ " to approve the plan, which covers children under five.");
		assertEquals(List.of("1,200 more nurses", "40 additional clinics", "31-9", "under five"), f.texts("statistic"));
	}

	@Test
	void aPeriodAfterASuperlativeOrBeforeToAMonthAndCountedSourcesAreNot() {
		Found f = Found.in("Exports fell 4% in the 12 months to June, the lowest in six years, two sources said."
				+ " Output grew for 18 months.");
		assertEquals(List.of("4%", "18 months"), f.texts("statistic"));
	}

	@Test
	void deadlinesAndStretchesOfTimeThatAreMeasuredAreStatisticsButTimesThatArePlacedAreNot() {
		Found f = Found.in("The board must decide within a year and the ban will last for a decade. Output fell for"
				+ " more than a year. Tariffs will rise over the next five years after the vote. Sales rose in the first"
				+ " ten months of the year, three years ago, to a level last seen more than a month's wages ago.");
		assertEquals(List.of("a year", "a decade", "more than a year", "five years"), f.texts("statistic"));
		assertEquals("true", f.attribute(f.one("statistic", "more than a year"), "estimate"));
		assertEquals("year", f.attribute(f.one("statistic", "a year"), "unit"));
	}

	@Test
	void aSpanOfTimeNamingARateOrPlacingASuperlativeIsNoStatisticButAMultiplierIs() {
		Found f = Found.in("The 10-year yield rose and twelve-month inflation fell, the longest fall in nine years."
				+ " Teachers earn twice what nurses earn, and a 24-hour strike is planned.");
		assertEquals(List.of("twice", "24-hour"), f.texts("statistic"));
		assertEquals("2", f.attribute(f.one("statistic", "twice"), "value"));
	}

	@Test
	void aNumberWhoseNounIsLeftOutCountsWithAnApproximatorAThousandsCommaOrAfterAtButNotAsATime() {
		Found f = Found.in("At least 16 people were killed and more than 400 injured. Hotels housed 56,000 a year ago."
				+ " The index stood at 468 on Tuesday. Talks begin at 10 a.m. and resume around 3 pm at 10 Downing Street.");
		assertEquals(List.of("At least 16 people", "more than 400", "56,000", "468"), f.texts("statistic"));
		assertEquals("true", f.attribute(f.one("statistic", "more than 400"), "estimate"));
	}

	@Test
	void betweenAAndBIsOneRangeAndFromAToBAreTwoFigures() {
		Found f = Found.in("A heat pump costs between 25,000 and 35,000 euros. Output will be between 1.34 million and"
				+ " 1.37 million tons. The number fell from 56,000 to 32,000 and the week from 38 to 35 hours; pay rose"
				+ " 8 to 10 percent.");
		assertEquals(List.of("between 25,000 and 35,000 euros", "between 1.34 million and 1.37 million tons", "56,000",
				"32,000", "38", "35 hours", "8 to 10 percent"), f.texts("statistic"));
		assertEquals("25000", f.attribute(f.one("statistic", "between 25,000 and 35,000 euros"), "value"));
	}

	@Test
	void aThirdPersonsCountIsNewsButOursIsAReferenceAndTheFirstFewDigitsCount() {
		Found f = Found.in("She fled with her three grandchildren. The plant replaces its two blast furnaces. Talks between"
				+ " our two countries go on. The first 300 apartments are ready, the first four dams are not, and the first"
				+ " ten months were dry.");
		assertEquals(List.of("three grandchildren", "two blast furnaces", "300 apartments"), f.texts("statistic"));
	}

	@Test
	void aQuarterPointAndAtLeastADecadeCountButYearsOnAndASuperlativesCenturyPlace() {
		Found f = Found.in("The bank cut rates by a quarter point and a quarter percentage point more in May. The dike"
				+ " will take at least a decade. Three years on, nothing changed. Tariffs are at their highest level in"
				+ " nearly a century.");
		assertEquals(List.of("a quarter point", "a quarter percentage point", "at least a decade"), f.texts("statistic"));
		assertEquals("percentage points", f.attribute(f.one("statistic", "a quarter point"), "unit"));
	}

	@Test
	void shillingsAndTakaWithShortSignsHalfOfWhatSomeoneOwnsButNotAProposalsCountOrAHalfYear() {
		Found f = Found.in("Counties are owed Sh94.6 billion, and the union wants Tk 25,000 a month. She will plant half her"
				+ " fields with beans, on behalf of the cooperative, in the first half of the year.\n\nThe mayors tabled"
				+ " three proposals on Monday. First, more buses. Second, cheaper fares. Third, longer hours.");
		assertEquals(List.of("Sh94.6 billion", "Tk 25,000", "half her fields"), f.texts("statistic"));
	}

	@Test
	void aPackageOfMeasuresWhoseBulletedPointsFollowCountsPointsNotAStatistic() {
		Found f = Found.in("The cabinet approved a package of five measures worth EUR 64 million. The package provides"
				+ " for:\n- a cap on heating prices;\n- grants for insulation;\n- cheaper loans;\n- a fund for towns;\n"
				+ "- free advice.");
		assertEquals(List.of("EUR 64 million"), f.texts("statistic"));
		Found counted = Found.in("The cabinet approved five measures worth EUR 64 million. Officials gave no details.");
		assertEquals(List.of("five measures", "EUR 64 million"), counted.texts("statistic"));
	}
}
