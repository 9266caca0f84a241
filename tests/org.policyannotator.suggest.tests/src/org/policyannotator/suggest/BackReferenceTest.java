package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "he", "she" and "it" that report a quote mean the person or body the reader has in mind: the last person of that
 * gender (from a title, a first name or an earlier pronoun), the body that opens the sentence or one before.
 */
class BackReferenceTest {

	@Test
	void sheSkipsTheManNamedJustBeforeAndMeansTheLastWoman() {
		Found f = Found.in("Finance Minister Maria Lopes presented the budget on Monday.\n\n"
				+ "Central bank governor Paul Amado said interest rates would stay high. She said the deficit would"
				+ " fall to 3% of output next year.");
		assertEquals("Paul Amado", f.speakerOf("interest rates would stay high"));
		assertEquals("Maria Lopes", f.speakerOf("the deficit would fall to 3% of output next year"));
	}

	@Test
	void aTitleGivesTheGenderWhenTheFirstNameDoesNot() {
		Found f = Found.in("Ms Okonjo chaired the meeting. Mr Dlamini said the talks had failed."
				+ " She told reporters that a new round would start in May.");
		assertEquals("Dlamini", f.speakerOf("the talks had failed"));
		assertEquals("Okonjo", f.speakerOf("a new round would start in May"));
	}

	@Test
	void aNameInAppositionAfterARoleIsWhomHeMeans() {
		Found f = Found.in("\"The reform is working,\" said Health Secretary Karen Holt.\n\n"
				+ "Her predecessor, Tomas Brandt, disagrees. He told the radio station that the reform had been rushed.");
		assertEquals("Tomas Brandt", f.speakerOf("the reform had been rushed"));
	}

	@Test
	void itMeansTheBodyThatOpensTheSentenceOrTheOneBefore() {
		Found f = Found.in("The Cocoa Farmers' Union of Ghana rejected the government's offer on Friday. It said the"
				+ " new price would not cover the cost of fertiliser.\n\nLisbon's city council approved a tourist tax"
				+ " on Monday, a measure it said would raise 20 million euros a year.");
		assertEquals("Cocoa Farmers' Union of Ghana", f.speakerOf("the new price would not cover the cost of fertiliser"));
		assertEquals("Lisbon's city council", f.speakerOf("would raise 20 million euros a year"));
	}

	@Test
	void aPronounInsideARelativeClauseMeansTheSubjectOfItsSentence() {
		Found f = Found.in("Trade economist James Okoro said exports would slow. Critics said the rules were fair."
				+ " Okoro attacked the new customs rules, which he said were written for large firms.");
		assertEquals("James Okoro", f.speakerOf("were written for large firms"));
	}

	@Test
	void theCommitteeOrTheBankIsTheBodyNamedBeforeWithThatNoun() {
		Found f = Found.in("The Public Accounts Committee said the project was over budget. In its report, the"
				+ " cross-party committee said the ministry had ignored early warnings.\n\n"
				+ "Ghana's central bank raised its main rate to 29%, the bank said in a statement.");
		assertEquals("Public Accounts Committee", f.speakerOf("the ministry had ignored early warnings"));
		assertEquals("Ghana's central bank", f.speakerOf("Ghana's central bank raised its main rate to 29%"));
	}

	@Test
	void aDatelineWithARegionOrAColonIsNoPartOfTheQuote() {
		Found f = Found.in("LAGOS, Nigeria (AP) — Fuel prices rose by a fifth in March, the statistics office said.\n\n"
				+ "NAIROBI: Maize prices fell by 12% in April, the agriculture ministry said on Monday.");
		assertEquals("the statistics office", f.speakerOf("Fuel prices rose by a fifth in March"));
		assertEquals("the agriculture ministry", f.speakerOf("Maize prices fell by 12% in April"));
	}

	@Test
	void theGroupAfterABodyGivenAsANetworkAndTheLenderAfterTheLeadsBodyAreThoseBodies() {
		Found f = Found.in("LIMA (Reuters) - Banco Andino Corp. posted a 12% rise in quarterly profit on Tuesday.\n\n"
				+ "Net income rose to 410 million soles, the country's second-biggest lender said.\n\n"
				+ "Tierra Viva, a coalition of 40 farmers' unions, said the bank had cut rural lending by a third."
				+ " The group warned that small farmers would lose their land.");
		assertEquals("Banco Andino Corp.", f.speakerOf("Net income rose to 410 million soles"));
		assertEquals("Tierra Viva", f.speakerOf("small farmers would lose their land"));
	}

	@Test
	void aBodyInAnInsertedReportAndTheDepartmentOfTheHeaderAreFound() {
		Found f = Found.in("From: Department for Transport\n\nRail fares will be frozen next year, the government"
				+ " announced today.\n\nThe department also confirmed it would buy 300 new trains by 2030.\n\n"
				+ "Three stations were closed, the rail union said, and two lines were cut.");
		assertEquals("Department for Transport", f.speakerOf("it would buy 300 new trains by 2030"));
		assertEquals("the rail union", f.speakerOf("two lines were cut"));
	}

	@Test
	void aSpeakerAfterAFrontedQuestionIsTheSubjectAndNotTheLastWomanQuoted() {
		Found f = Found.in("Mayor Ines Duarte said the tram would run by June.\n\n\"The hotels are full,\" said"
				+ " Rita Gomes, who runs the hotel association.\n\nAsked about her plans, Duarte smiled. \"Ask me in"
				+ " June,\" she said.");
		assertEquals("Ines Duarte", f.speakerOf("Ask me in June"));
	}

	@Test
	void itAfterAnUnnamedDescriptionIsTheBodyQuotedLast() {
		Found f = Found.in("The World Food Programme said on Monday that rations in Yemen would be halved.\n\n"
				+ "\"We have no choice,\" its country director, Omar Haddad, told reporters.\n\nThe agency has asked"
				+ " donors for $400 million. It said the shortfall would leave 3 million people without food.");
		assertEquals("World Food Programme", f.speakerOf("the shortfall would leave 3 million people without food"));
	}

	@Test
	void theCompanyIsTheNameThatOpensTheSentenceAndAColleagueNamedAfterHerRoleIsShe() {
		Found f = Found.in("PARIS (Reuters) - Veolia Water will close three plants by 2027, the company said on Friday.\n\n"
				+ "For ten years, Pierre Lanier has run the plant, and he says the closure was expected. His colleague"
				+ " Sofia Marin, who runs the lab, is less calm. The jobs, she said, would not come back.");
		assertEquals("Veolia Water", f.speakerOf("Veolia Water will close three plants by 2027"));
		assertEquals("Pierre Lanier", f.speakerOf("the closure was expected"));
		assertEquals("Sofia Marin", f.speakerOf("would not come back"));
	}

	@Test
	void theCompanyKeepsMeaningTheBodyItMeantInTheLeadAfterOtherBodiesAreNamed() {
		Found f = Found.in("OSLO (Reuters) - Norsk Hydro will close two smelters by 2028, the company said on Monday.\n\n"
				+ "The Fellesforbundet union said it would take the case to court. The county council has offered to"
				+ " retrain workers. A spokesperson for the company said talks with the council were going well.");
		assertEquals("Norsk Hydro", f.speakerOf("talks with the council were going well"));
	}

	@Test
	void theCompanyAfterAGroupOfPeopleIsTheBodyQuotedBeforeThem() {
		Found f = Found.in("Sales of new cars rose 3% in May, according to carmaker Stellantis, and dealers warn that"
				+ " prices will rise in the autumn. A spokesperson for the company said it would not comment on prices.");
		assertEquals("dealers", f.speakerOf("prices will rise in the autumn"));
		assertEquals("Stellantis", f.speakerOf("it would not comment on prices"));
	}

	@Test
	void theGovernmentOrTheMinistryIsTheBodyDescribedBeforeWithThatNoun() {
		Found f = Found.in("QUEBEC CITY — The Quebec government is spending $90 million on school meals. The government"
				+ " said the first schools would join in September.\n\nItaly's transport ministry fined three ferry"
				+ " operators on Friday. The fines were the highest on record, the ministry said in a statement.");
		assertEquals("Quebec government", f.speakerOf("the first schools would join in September"));
		assertEquals("Italy's transport ministry", f.speakerOf("The fines were the highest on record"));
	}

	@Test
	void aBodyDescribedWithAnIndefiniteArticleIsTheBodyNamedInTheNextSentence() {
		Found f = Found.in("Locust swarms could reach Yemen within weeks, a regional monitoring centre said on Sunday."
				+ " The Desert Locust Information Centre said breeding had been reported in three countries.");
		assertEquals("Desert Locust Information Centre", f.speakerOf("Locust swarms could reach Yemen within weeks"));
		assertEquals(List.of("Desert Locust Information Centre"), f.texts("speaker"));
	}

	@Test
	void heAfterARoleWithTheNameInAppositionOpeningASentenceIsThatName() {
		Found f = Found.in("The health minister, Karin Berg, presented the plan. The shadow health secretary, Olav Lunde, has"
				+ " been on his feet. He said the plan would close rural clinics.");
		assertEquals("Olav Lunde", f.speakerOf("the plan would close rural clinics"));
	}

	@Test
	void theReportAloneOpeningASentenceIsNoSpeakerCalledThe() {
		Found f = Found.in("The report finds that rents have doubled. It estimates that a further rise could push"
				+ " thousands of families into poverty.");
		assertTrue(f.texts("speaker").stream().noneMatch(n -> n.equals("The")), f.texts("speaker").toString());
	}
}
