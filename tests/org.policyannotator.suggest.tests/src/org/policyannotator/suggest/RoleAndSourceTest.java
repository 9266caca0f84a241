package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Speakers given by a role before their name, by a count or a body's spokesperson, after a fronted adverbial, or
 * as a second speaker of one sentence.
 */
class RoleAndSourceTest {

	@Test
	void aRoleNamedBeforeThePersonIsThatPerson() {
		Found f = Found.in("The commissioner told reporters that the police would recruit 900 officers.\n\n"
				+ "Daniel Osei, who took up the post in May, said crime had fallen by a tenth.\n\n"
				+ "The Auditor of Roads, whose office checks every contract, said that costs were rising across the region."
				+ " The auditor, Mary Quist, added that two projects were late.");
		assertEquals("Daniel Osei", f.speakerOf("the police would recruit 900 officers"));
		assertEquals("Mary Quist", f.speakerOf("costs were rising across the region"));
		assertFalse(f.texts("speaker").contains("The commissioner"), f.texts("speaker").toString());
	}

	@Test
	void aRoleIsNotGivenToSomeoneIntroducedWithATitleOfTheirOwn() {
		Found f = Found.in("The governor said inflation would ease by December. Opposition leader Amina Bello said"
				+ " the forecast was too rosy.");
		assertEquals("The governor", f.speakerOf("inflation would ease by December"));
		assertEquals("Amina Bello", f.speakerOf("the forecast was too rosy"));
	}

	@Test
	void countedSourcesAndABodysSpokespersonAreTheSpeakers() {
		Found f = Found.in("The airline will cut 400 jobs, two people familiar with the plan said. A Ministry of"
				+ " Transport spokeswoman said the government had not been told. The spokeswoman said talks would"
				+ " continue next week.");
		assertEquals("two people familiar with the plan", f.speakerOf("The airline will cut 400 jobs"));
		assertEquals("Ministry of Transport spokeswoman", f.speakerOf("the government had not been told"));
		assertEquals("Ministry of Transport spokeswoman", f.speakerOf("talks would continue next week"));
	}

	@Test
	void aFrontedPlaceDoesNotHideTheSpeakerAndAPersonOfABodyIsThePerson() {
		Found f = Found.in("In Mosul, which lost most of its bridges in 2017, the city's engineer, Omar Haddad,"
				+ " said three bridges would reopen.\n\n"
				+ "\"Nobody asked us,\" said Laura Fernandes of the Lisbon residents' association.");
		assertEquals("Omar Haddad", f.speakerOf("three bridges would reopen"));
		assertEquals("Laura Fernandes", f.speakerOf("Nobody asked us"));
	}

	@Test
	void aSecondSpeakerAfterWhileAndAnApproximateShareAreReported() {
		Found f = Found.in("Economist Rosa Diaz said the cut came too late, while the employers' federation said"
				+ " it would protect jobs. She said about one-third of firms were cutting staff.");
		assertEquals("Rosa Diaz", f.speakerOf("the cut came too late"));
		assertEquals("the employers' federation", f.speakerOf("it would protect jobs"));
		assertEquals("Rosa Diaz", f.speakerOf("about one-third of firms were cutting staff"));
	}

	@Test
	void theReportOfANamedBodySpeaksForIt() {
		Found f = Found.in("The Public Health Committee published its inquiry on Monday. The committee said clinics"
				+ " were understaffed.\n\nThe report says waiting lists have doubled since 2020.");
		assertEquals("Public Health Committee", f.speakerOf("waiting lists have doubled since 2020"));
	}

	@Test
	void aDescribedNameAfterTheClauseAndASpeakerAfterAFrontedParticipleAreFound() {
		Found f = Found.in("Unemployment fell to 6.1% in the third quarter, statistics agency INSEE said.\n\n"
				+ "Speaking to reporters in Lyon before the vote, Duval said industry was already hiring again.");
		assertEquals("INSEE", f.speakerOf("Unemployment fell to 6.1% in the third quarter"));
		assertEquals("Duval", f.speakerOf("industry was already hiring again"));
	}

	@Test
	void theGroupIsTheBodyNamedBeforeAndTheChairIsThePersonNotTheBody() {
		Found f = Found.in("OAPEC agreed on Sunday to keep output steady.\n\nThe group said in a statement that demand"
				+ " was recovering in Asia.\n\nThe Chair of the Pacific Islands Forum, H.E. Tevita Fifita, opened the"
				+ " meeting. The Chair later stressed that the ocean was rising faster than expected.");
		assertEquals("OAPEC", f.speakerOf("demand was recovering in Asia"));
		assertEquals("Tevita Fifita", f.speakerOf("the ocean was rising faster than expected"));
	}
}
