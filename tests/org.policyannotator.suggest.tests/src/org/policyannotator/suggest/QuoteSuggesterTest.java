package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteSuggesterTest {

	@Test
	void aQuotedFragmentInAClauseAfterAccordingToIsPartOfTheIndirectQuoteNotADirectOne() {
		Found f = Found.in("According to Ana Ruiz, the levy \"punishes the very firms that hire\". According to the"
				+ " minister, \"the plan is working and we will not change course.\"");
		assertEquals(java.util.Set.of("the levy \"punishes the very firms that hire\"",
				"the plan is working and we will not change course."), java.util.Set.copyOf(f.texts("quote")));
		assertEquals(2, f.texts("quote").size(), f.texts("quote").toString());
		assertEquals("indirect", f.attribute(f.one("quote", "the levy \"punishes the very firms that hire\""), "kind"));
		assertEquals("direct", f.attribute(f.one("quote", "the plan is working and we will not change course."), "kind"));
	}

	@Test
	void curlyQuoteIsLinkedToTheSpeakerAfterIt() {
		Found f = Found.in("“We will open the market to everyone,” said Kim Min-kyo, founder of BigWave.");
		assertEquals(List.of("We will open the market to everyone"), f.texts("quote"));
		assertEquals("direct", f.attribute(f.one("quote", "We will open the market to everyone"), "kind"));
		assertEquals("Kim Min-kyo", f.speakerOf("We will open the market to everyone"));
	}

	@Test
	void guillemetsCornerBracketsAndStraightQuotesAreQuotes() {
		Found f = Found.in("Le ministre a dit : «Nous allons signer l'accord demain.»\n"
				+ "「我们将继续合作。」\n" + "\"Prices will fall next year,\" the minister said.");
		assertEquals(List.of("Nous allons signer l'accord demain.", "我们将继续合作。", "Prices will fall next year"),
				f.texts("quote"));
	}

	@Test
	void aQuoteOverParagraphsIsOneQuoteWithOneSpanEach() {
		Found f = Found.in("She said: \"The first paragraph goes on\n\"and the second one ends here.\"");
		Suggestion q = f.all.stream().filter(s -> s.type().equals("quote")).findFirst().orElseThrow();
		assertEquals(2, q.spans().size());
	}

	@Test
	void scareQuotesAndTitlesAreNotQuotes() {
		Found f = Found.in("The \"values-based diplomacy\" ended. The forum's theme was \"Cooperation for an"
				+ " Intelligent Future,\" and guests discussed \"how media can empower cooperation\" at length.");
		assertTrue(f.texts("quote").isEmpty(), f.texts("quote").toString());
	}

	@Test
	void indirectSpeechWithThatAndAppositiveRole() {
		Found f = Found.in("Chen Xin, deputy director of NIIS CASS, stated in his opening remarks that the visit"
				+ " will propel bilateral relations. He noted that trade keeps growing fast.");
		assertEquals(List.of("the visit will propel bilateral relations", "trade keeps growing fast"), f.texts("quote"));
		assertEquals("indirect", f.attribute(f.one("quote", "trade keeps growing fast"), "kind"));
		assertEquals("Chen Xin", f.speakerOf("the visit will propel bilateral relations"));
		assertEquals("Chen Xin", f.speakerOf("trade keeps growing fast"));
	}

	@Test
	void reportingAfterTheClauseAndAccordingTo() {
		Found f = Found.in("Relations have emerged from a low point, Li Chengri said. According to the"
				+ " General Administration of Customs, trade volume reached a record this year.");
		assertEquals(List.of("Relations have emerged from a low point", "trade volume reached a record this year"),
				f.texts("quote"));
		assertEquals("Li Chengri", f.speakerOf("Relations have emerged from a low point"));
	}

	@Test
	void oneSpeakerPerPersonAndShortNamesJoinTheFullOne() {
		Found f = Found.in("Chinese President Xi Jinping arrived on Monday. Xi said China is ready to work with"
				+ " its neighbors. President Xi also noted that exchanges have grown a lot.");
		assertEquals(List.of("Xi Jinping"), f.texts("speaker"));
		assertEquals("Xi Jinping", f.speakerOf("exchanges have grown a lot"));
	}

	@Test
	void nounsAfterReportingVerbsAreNotIndirectSpeech() {
		Found f = Found.in("Dai Bing highlighted the long history of exchanges. He noted the importance of trade.");
		assertTrue(f.texts("quote").isEmpty(), f.texts("quote").toString());
	}

	@Test
	void theMinisterAndHeReferToThePersonNamedBefore() {
		Found f = Found.in("Foreign Minister Wang Yi met his counterpart on Monday. The minister said that both sides"
				+ " should keep talking. Officials said at least 15 people were killed in the attack.");
		assertEquals("Wang Yi", f.speakerOf("both sides should keep talking"));
		assertEquals(List.of("both sides should keep talking", "at least 15 people were killed in the attack"),
				f.texts("quote"));
	}

	@Test
	void aQuoteBeforeASentenceOpeningWithANameAndShortAttributedQuotesAreLinked() {
		Found f = Found.in("\"We will win.\" Chancellor Olaf Scholz made the remark in Berlin. \"Nobody knows,\" a source said.");
		assertEquals("Olaf Scholz", f.speakerOf("We will win."));
		assertEquals("a source", f.speakerOf("Nobody knows"));
	}

	@Test
	void aTitleOrOfficeBeforeTheNameIsNotTheSpeakerAndHeIsThePersonNamedBefore() {
		Found f = Found.in("Port authority chief Lena Hoff defended the fees. \"Ships keep coming,\" she said.\n"
				+ "UN Secretary-General Ana Costa said the fund was empty.");
		assertEquals("Lena Hoff", f.speakerOf("Ships keep coming"));
		assertEquals("Ana Costa", f.speakerOf("the fund was empty"));
		assertTrue(f.texts("speaker").containsAll(List.of("Lena Hoff", "Ana Costa")), f.texts("speaker").toString());
	}

	@Test
	void aNameInAppositionAfterItsOfficeIsTheSpeaker() {
		Found f = Found.in("Norway's finance minister, Ola Brekke, said the budget would balance."
				+ " \"We are ready,\" said Dr. Maria Kovacs, an economist at the bank.");
		assertEquals("Ola Brekke", f.speakerOf("the budget would balance"));
		assertEquals("Maria Kovacs", f.speakerOf("We are ready"));
	}

	@Test
	void aPersonOfAnOrganisationIsThePersonAndBelievesReportsAClause() {
		Found f = Found.in("Historian Paul Mertens of Ghent University believes the archive will reopen.");
		assertEquals(List.of("the archive will reopen"), f.texts("quote"));
		assertEquals("Paul Mertens", f.speakerOf("the archive will reopen"));
	}

	@Test
	void aCapitalizedWordOnlySeenAtSentenceStartsIsNoSpeaker() {
		Found f = Found.in("Large retailers opposed the tax. \"It will hurt shoppers,\" he said.");
		assertTrue(f.texts("speaker").stream().noneMatch(s -> s.equals("Large")), f.texts("speaker").toString());
	}

	@Test
	void aDatelineIsNotPartOfTheReportAndAnotherReportEndsTheClause() {
		Found f = Found.in("OSLO, May 3 — Norway will cut fuel taxes, Finance Minister Ola Brekke announced on Friday.\n"
				+ "Brekke said the cut would cost 2 billion crowns and warned of \"painful choices ahead\".");
		assertEquals(List.of("Norway will cut fuel taxes", "the cut would cost 2 billion crowns"), f.texts("quote"));
	}

	@Test
	void aQuotedNounPhraseAfterAPrepositionOrArticleIsNoQuote() {
		Found f = Found.in("The senator warned of \"a slow and costly decline\" and called the deal a \"historic"
				+ " turning point for us\" before she left.");
		assertTrue(f.texts("quote").isEmpty(), f.texts("quote").toString());
	}

	@Test
	void aClauseBeforeAccordingToIsReportedByIt() {
		Found f = Found.in("Wheat exports rose to a record last season, according to the Grain Council, an industry body.");
		assertEquals(List.of("Wheat exports rose to a record last season"), f.texts("quote"));
		assertEquals("Grain Council", f.speakerOf("Wheat exports rose to a record last season"));
	}

	@Test
	void aReportAfterTwoClausesAndOneDatedByItsDayAreFound() {
		Found f = Found.in("Port traffic fell in May, and the authority has cut fees for small ships, its chairman said."
				+ " Floods closed 14 schools in the north, local officials said Tuesday, as the rain continued.");
		assertEquals(List.of("Port traffic fell in May, and the authority has cut fees for small ships",
				"Floods closed 14 schools in the north"), f.texts("quote"));
		assertEquals("local officials", f.speakerOf("Floods closed 14 schools in the north"));
	}

	@Test
	void saidHeOrSaidAboutANumberOpensTheReportedClause() {
		Found f = Found.in("Governor Ana Ruiz visited the plant. She said she would veto the bill."
				+ " The mayor said about 3,000 homes were still without power.");
		assertTrue(f.texts("quote").contains("she would veto the bill"), f.texts("quote").toString());
		assertTrue(f.texts("quote").contains("about 3,000 homes were still without power"), f.texts("quote").toString());
		assertEquals("Ana Ruiz", f.speakerOf("she would veto the bill"));
	}

	@Test
	void aParticipleAfterATrailingReportIsReportedToo() {
		Found f = Found.in("Reserves reached $50 billion in June, Governor Omar Haddad told lawmakers on Monday,"
				+ " adding that the bank would keep buying gold.");
		assertEquals(List.of("Reserves reached $50 billion in June", "the bank would keep buying gold"),
				f.texts("quote"));
		assertEquals("Omar Haddad", f.speakerOf("the bank would keep buying gold"));
	}

	@Test
	void aNameBeforeAnAppositionWithCommasIsTheSpeaker() {
		Found f = Found.in("FairPlay, a lobby group for Spotify, Deezer and Tidal, said the rules would hurt artists."
				+ " Rep. Joan Miles, D-Mich., the bill's author, said streaming services had grown too powerful.");
		assertEquals("FairPlay", f.speakerOf("the rules would hurt artists"));
		assertEquals("Joan Miles", f.speakerOf("streaming services had grown too powerful"));
	}

	@Test
	void guillemetsWithTheCommaOutsideAreAQuote() {
		Found f = Found.in("«La inflación ya no es el problema. El problema es el empleo», dijo la ministra Ana Soto.");
		assertEquals(List.of("La inflación ya no es el problema. El problema es el empleo"), f.texts("quote"));
	}

	@Test
	void aQuotedFragmentInsideReportedSpeechIsNoDirectQuote() {
		Found f = Found.in("The union said the offer was \"an insult to every nurse\" and promised more strikes.");
		assertTrue(f.all.stream().noneMatch(s -> s.type().equals("quote")
				&& f.attribute(s, "kind").equals("direct")), f.texts("quote").toString());
	}

	@Test
	void aReasonAfterAParentheticalReportIsNotTheReportedClause() {
		Found f = Found.in("Most villages have no clean water, she added, because the wells have dried up.");
		assertEquals(List.of("Most villages have no clean water"), f.texts("quote"));
	}

	@Test
	void heAfterAQuoteOfSomeoneIsThatSomeone() {
		Found f = Found.in("The Election Board declared Ana Costa the winner, the agency said. \"We won,\" Costa told"
				+ " supporters. \"We will govern for all,\" he said.");
		assertEquals("Ana Costa", f.speakerOf("We will govern for all"));
	}

	@Test
	void saidBeforeANumberReportsButAddsBeforeAnAmountDoesNot() {
		Found f = Found.in("The mayor said 40 shelters had opened. The budget adds 3 billion euros for schools and"
				+ " funds new buses. Prices will double by 2030, the institute estimates.");
		assertEquals(List.of("40 shelters had opened", "Prices will double by 2030"), f.texts("quote"));
	}
}
