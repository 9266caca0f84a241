package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Shapes of attribution in wire news, press releases and statements that name the speaker in more ways. */
class AttributionPatternsTest {

	@Test
	void anAcronymInBracketsAfterABodysNameAndTheAcronymLaterAreOneSpeaker() {
		Found f = Found.in("Inflation eased to 3.1% in May, the Office for National Statistics (ONS) said on Tuesday."
				+ " Services prices rose more slowly, according to the ONS.");
		assertEquals("Office for National Statistics", f.speakerOf("Inflation eased to 3.1% in May"));
		assertEquals("Office for National Statistics", f.speakerOf("Services prices rose more slowly"));
		assertEquals(List.of("Office for National Statistics"), f.texts("speaker"));
	}

	@Test
	void theSubjectOfAVerbBeforeAndOrButSaidIsTheSpeaker() {
		Found f = Found.in("Health Minister Ana Lima welcomed the report but said the money would not be enough."
				+ " The Royal College of Nursing praised the plan and warned that nurses were leaving the wards.");
		assertEquals("Ana Lima", f.speakerOf("the money would not be enough"));
		assertEquals("Royal College of Nursing", f.speakerOf("nurses were leaving the wards"));
	}

	@Test
	void peopleSomewhereAreGenericSpeakersAndADocumentsBodyIsTheSpeaker() {
		Found f = Found.in("Analysts at Vega Bank said the cut was likely in June. According to data from the"
				+ " World Bank, poverty fell by a third in ten years.");
		assertEquals("Analysts", f.speakerOf("the cut was likely in June"));
		assertEquals("World Bank", f.speakerOf("poverty fell by a third in ten years"));
	}

	@Test
	void aCapitalisedTitleInCommasBeforeTheNameAndALiveBlogTimeStampLeaveThePersonForHeOrShe() {
		Found f = Found.in("09:15 The Foreign Secretary, Tom Adler, has arrived in Nairobi. He told reporters the talks"
				+ " would run until Friday.\n\n11.40am GMT The Governor, Ruth Ekwueme, spoke next. She said rates would"
				+ " stay on hold.\n\nThe Labour Party, in opposition since May, was silent.");
		assertEquals("Tom Adler", f.speakerOf("the talks would run until Friday"));
		assertEquals("Ruth Ekwueme", f.speakerOf("rates would stay on hold"));
	}

	@Test
	void anInterviewsHeadlineQuoteAndItsAnswersAreTheGuestsThatTheHeadlineOrIntroductionNames() {
		Found headline = Found.in("\"Rivers do not stop at borders\": a conversation with Mekong river commissioner"
				+ " Lan Pham\n\nVientiane hosts the commission's office. We met its head there.\n\nQ: What comes first?"
				+ "\n\nA: \"Data. Nobody can share a river they cannot measure.\"");
		assertEquals("Lan Pham", headline.speakerOf("Rivers do not stop at borders"));
		assertEquals("Lan Pham", headline.speakerOf("Data. Nobody can share a river they cannot measure."));
		assertTrue(!headline.texts("speaker").contains("Vientiane"), headline.texts("speaker").toString());

		Found intro = Found.in("Ten questions on the water plan\n\nHarare has had rationing for a year. We spoke to"
				+ " city engineer Tendai Moyo about the pumps.\n\nQ: When will it end?\n\nA: \"By the rains, if the"
				+ " pumps arrive.\"");
		assertEquals("Tendai Moyo", intro.speakerOf("By the rains, if the pumps arrive."));
	}

	@Test
	void aTwoWordNameAfterAnInvertedSaidIsTheWholeSpeakerAtTheSentenceEndOrBeforeItsRole() {
		Found f = Found.in("Wages rose by 3% in the year to March, said Sok Dara. Prices will rise again in June, but by"
				+ " no more than 4%, said Lina Chea, an economist at the Royal University of Phnom Penh.");
		assertEquals("Sok Dara", f.speakerOf("Wages rose by 3% in the year to March"));
		assertEquals("Lina Chea", f.speakerOf("Prices will rise again in June, but by no more than 4%"));
		assertTrue(!f.texts("quote").contains("Lina Chea"), f.texts("quote").toString());
	}

	@Test
	void aGenericGroupWithAModifierBeforeAPlaceIsTheSpeakerNotThePlace() {
		Found f = Found.in("Transport officials in Lagos said the new line would open in May. Senior economists at"
				+ " Vega Bank said the cut was likely in June.");
		assertEquals("Transport officials", f.speakerOf("the new line would open in May"));
		assertEquals("Senior economists", f.speakerOf("the cut was likely in June"));
	}

	@Test
	void theMinisterAfterSomeoneElsesQuoteIsNotThatSomeoneButIsTheOneNamedMinister() {
		Found f = Found.in("\"Rates will stay high,\" said Ana Ruiz, an economist at Vega Bank. \"Inflation is not beaten,\""
				+ " the minister said. Finance Minister Joao Lima spoke first. \"We cut spending,\" Lima said. \"It worked,\""
				+ " the minister added.");
		assertEquals("the minister", f.speakerOf("Inflation is not beaten"));
		assertEquals("Joao Lima", f.speakerOf("It worked"));
	}

	@Test
	void aPortfolioBeforeTheNameIsNotPartOfIt() {
		Found f = Found.in("The Hon. Kofi Mensah MP\n\n\"We will act now,\" said Minister for Trade and Industry"
				+ " Kofi Mensah.");
		assertEquals("Kofi Mensah", f.speakerOf("We will act now"));
	}

	@Test
	void toldAnAudienceAndSayingReportAClauseWithoutThat() {
		Found f = Found.in("The mayor, Lena Park, told reporters the city would cut bus fares by half. The Ghana"
				+ " Teachers Union called a strike, saying the offer was far too low. Nobody told reporters anything.");
		assertEquals("Lena Park", f.speakerOf("the city would cut bus fares by half"));
		assertEquals("Ghana Teachers Union", f.speakerOf("the offer was far too low"));
		assertEquals(2, f.texts("quote").size(), f.texts("quote").toString());
	}

	@Test
	void aSpeakerIntroducedWithAColonAndTheQuoteParagraphAfterABlankLineKeepHim() {
		Found f = Found.in("President Daniel Moi said:\n\n“We will not borrow more.”\n\nThe markets rose."
				+ "\n\n“Nobody should pay more tax,” said Grace Wanjiku.\n\n“Not this year, and not next year.”");
		assertEquals("Daniel Moi", f.speakerOf("We will not borrow more."));
		assertEquals("Grace Wanjiku", f.speakerOf("Not this year, and not next year."));
	}

	@Test
	void britishSingleQuotesWithApostrophesInside() {
		Found f = Found.in("‘The ministers’ plan will not work,’ said Ruth Bell, an economist at Vega Bank. She added"
				+ " that the pound’s fall was over.");
		assertEquals(List.of("The ministers’ plan will not work", "the pound’s fall was over"), f.texts("quote"));
		assertEquals("Ruth Bell", f.speakerOf("the pound’s fall was over"));
	}

	@Test
	void aQuotedClauseRightAfterThatIsADirectQuote() {
		Found f = Found.in("Housing Minister Ada Okoro argued in a speech last week that \"the state cannot build"
				+ " every house\". Critics said the plan was \"too little\" for renters.");
		assertEquals("direct", f.attribute(f.one("quote", "the state cannot build every house"), "kind"));
		assertTrue(f.texts("quote").stream().noneMatch(q -> q.equals("too little")), f.texts("quote").toString());
	}

	@Test
	void quotedAsSayingAndAffirmedReportWords() {
		Found f = Found.in("\"The river is dying,\" its director Ana Costa was quoted as saying. Mayor Rui Lopes was quoted"
				+ " by the newspaper Publico as saying that the city would clean the river banks. Minister Eva Reis affirmed"
				+ " that the reserves were sufficient for six months.");
		assertEquals("Ana Costa", f.speakerOf("The river is dying"));
		assertEquals("Rui Lopes", f.speakerOf("the city would clean the river banks"));
		assertEquals("Eva Reis", f.speakerOf("the reserves were sufficient for six months"));
	}

	@Test
	void aSpokespersonForABodyQuotesTheBodyAndANameWithAParticleIsTheApposition() {
		Found f = Found.in("A spokesperson for the Finance Ministry said the budget would be presented in June. The"
				+ " party's leader, Ahmed el-Sayed, told a rally that the vote would be free.");
		assertEquals("Finance Ministry", f.speakerOf("the budget would be presented in June"));
		assertEquals("Ahmed el-Sayed", f.speakerOf("the vote would be free"));
	}

	@Test
	void aReportByToldWithItsAudienceAfterTheClause() {
		Found f = Found.in("The new tax will raise $2 billion a year, Finance Minister Paul Dube told the National"
				+ " Assembly on Tuesday.");
		assertEquals("Paul Dube", f.speakerOf("The new tax will raise $2 billion a year"));
	}

	@Test
	void aSurnameEndingInSIsANameAndTheFullNameIsFoundAfterAHeadline() {
		Found f = Found.in("Marcos lifts rice cap\n\nPresident Ferdinand Marcos Jr. lifted the cap on Thursday. \"The"
				+ " cap did its job,\" Marcos said. Senator Ana Ellis opposed it. \"It is too early,\" Ellis told reporters.");
		assertEquals("Ferdinand Marcos Jr.", f.speakerOf("The cap did its job"));
		assertEquals("Ana Ellis", f.speakerOf("It is too early"));
		assertEquals(List.of("Ferdinand Marcos Jr.", "Ana Ellis"), f.texts("speaker"));
	}

	@Test
	void theTitleRefersToThePersonLastNamedWithIt() {
		Found f = Found.in("\"We will appeal,\" said Tom Berg, the tenants' lawyer. Oslo's senator for housing, Kari"
				+ " Holm, asked both sides to talk. According to the senator, about 9,000 households rent their homes.");
		assertEquals("Tom Berg", f.speakerOf("We will appeal"));
		assertEquals("Kari Holm", f.speakerOf("about 9,000 households rent their homes"));
	}

	@Test
	void aShortPhraseOrARelativeClauseInMarksContinuesTheWritersSentence() {
		Found f = Found.in("The union called the offer \"a cruel joke.\" The minister said the fund was paid in advance,"
				+ " \"which keeps it safe from inflation.\" \"We will fight,\" she said, \"with every worker behind us.\"");
		assertEquals(Set.of("the fund was paid in advance, \"which keeps it safe from inflation.\"", "We will fight",
				"with every worker behind us."), Set.copyOf(f.texts("quote")));
	}

	@Test
	void aTimeOrAChannelBetweenSaidAndAClauseWithoutThat() {
		Found f = Found.in("China said on Monday it would impose tariffs on all farm goods. The ministry said in a"
				+ " statement it had found no evidence of fraud. Officials said Thursday the bridge would reopen in May."
				+ " The company, which employs 4,000 people, said profits would fall this year.");
		assertEquals("China", f.speakerOf("it would impose tariffs on all farm goods"));
		assertEquals("Officials", f.speakerOf("the bridge would reopen in May"));
		assertTrue(f.texts("quote").contains("it had found no evidence of fraud"), f.texts("quote").toString());
		assertEquals("The company", f.speakerOf("profits would fall this year"));
	}

	@Test
	void anAcronymJoinsABodysNameButNotAPersonsInitials() {
		Found f = Found.in("\"We won,\" said Ana Pereira. The AP reported that turnout was above 60 percent. The"
				+ " European Union said the vote was fair and free. According to the EU, turnout was the highest since 1990.");
		assertEquals("AP", f.speakerOf("turnout was above 60 percent"));
		assertEquals("European Union", f.speakerOf("turnout was the highest since 1990"));
	}

	@Test
	void reportsAroundAParentheticalSpeakerAndAccordingToInsideTheClause() {
		Found f = Found.in("The plant will close in May, she said, and the workers will be moved to other sites. The"
				+ " deficit, according to the Audit Office, reached 4 billion euros last year. \"We will appeal,\" the"
				+ " judge was told. Rents rose again in March, he said, citing data from the city.");
		assertTrue(f.texts("quote").contains("The plant will close in May"), f.texts("quote").toString());
		assertEquals("Audit Office", f.speakerOf("The deficit, according to the Audit Office, reached 4 billion euros"
				+ " last year"));
		assertTrue(f.texts("quote").contains("Rents rose again in March"), f.texts("quote").toString());
		assertTrue(f.texts("quote").stream().noneMatch(q -> q.startsWith("citing")), f.texts("quote").toString());
	}

	@Test
	void aSecondReportAfterButAndANameAfterARoleInApposition() {
		Found f = Found.in("The union said the offer was far too low but warned that a strike would hurt patients. The"
				+ " minister's deputy, Minister for Health Ana Reis, told parliament that the plan was ready.");
		assertTrue(f.texts("quote").contains("the offer was far too low"), f.texts("quote").toString());
		assertTrue(f.texts("quote").contains("a strike would hurt patients"), f.texts("quote").toString());
		assertEquals("Ana Reis", f.speakerOf("the plan was ready"));
	}

	@Test
	void theOrganisationIsTheBodyNamedWithThatNounAndAHeadlineQuoteIsNotTaggedTwice() {
		Found f = Found.in("\"Rents are out of control,\" says tenants' group\n\nThe housing group Habitat Action said on"
				+ " Monday it would sue the city. \"Rents are out of control,\" its director Eva Lind said. The city had"
				+ " ignored 300 complaints, the group said.");
		assertEquals(1, f.texts("quote").stream().filter(q -> q.equals("Rents are out of control")).count());
		assertEquals("Habitat Action", f.speakerOf("The city had ignored 300 complaints"));
		assertEquals("Eva Lind", f.speakerOf("Rents are out of control"));
	}

	@Test
	void aSentenceOpeningWithTheTitleGivesHeOrSheAfterIt() {
		Found f = Found.in("Finance Minister Lea Holm presented the budget on Monday. Critics were unconvinced. Tax expert"
				+ " Jon Berg told the radio station P1 that the cuts were too deep.\n\nThe minister rejects that. Growth"
				+ " will pick up next year, she said.");
		assertEquals("Jon Berg", f.speakerOf("the cuts were too deep"));
		assertEquals("Lea Holm", f.speakerOf("Growth will pick up next year"));
	}

	@Test
	void aSecondReportAfterAnAccordingToIsItsOwnQuoteWithItsOwnSpeaker() {
		Found f = Found.in("Wheat exports fell 12% in March, according to the grain traders' association, and farmers"
				+ " warn that many small farms will close.");
		assertEquals("farmers", f.speakerOf("many small farms will close"));
	}

	@Test
	void aQuoteParagraphSignedOnTheLineBelowIsTheSignersAsInAReleasesQuotesSection() {
		Found f = Found.in("Quotes\n\n\"Today's funding will shorten waiting lists in every region of the province.\"\n\n"
				+ "- Dr. Lena Ortiz, Chair, Provincial Nurses' Council\n\n\"Our members are ready.\"\n\n- Tom Reyes\n");
		assertEquals("Lena Ortiz", f.speakerOf("Today's funding will shorten waiting lists in every region of the province."));
	}

	@Test
	void accordingToABodysNamedReportOrToItsReportIsThatBody() {
		Found f = Found.in("Rice output will fall 4% this year, according to the Asian Development Bank's Rural Outlook"
				+ " report.\n\nThe Fiscal Council has published its spring forecast. Debt will rise to 91% of output next"
				+ " year, according to its report.");
		assertEquals("Asian Development Bank", f.speakerOf("Rice output will fall 4% this year"));
		assertEquals("Fiscal Council", f.speakerOf("Debt will rise to 91% of output next year"));
	}

	@Test
	void toldWithAClauseBeforeAndSaidWithASecondClauseAreBothTheSpeakers() {
		Found f = Found.in("The opposition leader, Ana Duarte, spoke after the minister. She told senators the plan was"
				+ " \"a gift to the banks\" and said pensioners would lose 400 euros a year.");
		assertEquals("Ana Duarte", f.speakerOf("the plan was \"a gift to the banks\""));
		assertEquals("Ana Duarte", f.speakerOf("pensioners would lose 400 euros a year"));
	}

	@Test
	void aReportedClauseWhoseVerbIsQuotedAndAThreeWordClauseAreQuotes() {
		Found f = Found.in("The mayor's spokesman, Ivo Kral, told reporters the city \"remains committed to the tram\""
				+ " despite the costs. The builder rejected the fine and said it would appeal.");
		assertEquals("Ivo Kral", f.speakerOf("the city \"remains committed to the tram\" despite the costs"));
		assertTrue(f.texts("quote").contains("it would appeal"), f.texts("quote").toString());
	}

	@Test
	void aBodysNameAfterWhatItIsNamesTheSpeakerAlsoBeforeACoordinatedVerb() {
		Found f = Found.in("Farm lobby Copa welcomed the vote and said prices would recover by the spring.");
		assertEquals("Copa", f.speakerOf("prices would recover by the spring"));
	}

	@Test
	void aHeadlineThatOpensWithAQuoteBeforeAColonQuotesThePersonTheArticleOpensWith() {
		Found f = Found.in("'Nobody rides a bus that never comes': Vienna's transport chief on the night network\n\n"
				+ "Petra Lindner has run the city's transport company for six years. She says more night buses are"
				+ " coming.\n\nNobody rides a bus that never comes, she told us.");
		assertEquals("Petra Lindner", f.speakerOf("Nobody rides a bus that never comes"));
	}

	@Test
	void aHeadlineQuoteThatTheBodyQuotesAgainIsTaggedOnlyInTheBody() {
		Found f = Found.in("\"We were left without water\": villagers sue the mine\n\n\"We were left without water for"
				+ " three weeks,\" said Joana Neves, who leads the villagers.");
		assertEquals(List.of("We were left without water for three weeks"), f.texts("quote"));
	}

	@Test
	void anAcronymSpeakerIsNamedByItsFullNameWhenTheTextSpellsItOut() {
		Found f = Found.in("The Congressional Budget Office published its outlook on Monday.\n\nThe deficit will reach 6% of"
				+ " GDP, the CBO said.");
		assertEquals("Congressional Budget Office", f.speakerOf("The deficit will reach 6% of GDP"));
	}

	@Test
	void aSpeakerAfterTheClauseGivenByARoleThenTheNameIsTheName() {
		Found f = Found.in("Rural clinics lose a doctor a month, says the region's health director, Ines Mora. She says"
				+ " the province needs 40 more doctors.");
		assertEquals("Ines Mora", f.speakerOf("Rural clinics lose a doctor a month"));
		assertEquals("Ines Mora", f.speakerOf("the province needs 40 more doctors"));
	}

	@Test
	void whatTheBodyOfAnAccordingToSaysInARelativeClauseIsItsToo() {
		Found f = Found.in("Schools were told of the closures on Friday, according to the teachers' union NEU, which"
				+ " said its members had not been consulted.");
		assertEquals("NEU", f.speakerOf("Schools were told of the closures on Friday"));
		assertEquals("NEU", f.speakerOf("its members had not been consulted"));
	}

	@Test
	void toldAudienceAClauseButThatAQuotedClauseIsOneReport() {
		Found f = Found.in("Ms Okoro told the BBC the new tax had raised less than planned but that \"more is coming\""
				+ " next year.");
		assertEquals("Okoro", f.speakerOf("the new tax had raised less than planned but that \"more is coming\" next year"));
	}

	@Test
	void sayingAfterARoleWithTheNameInAppositionIsThatPersonsAlsoWithADecimalNumber() {
		Found f = Found.in("The transport secretary, Helen Dowd, has scrapped the rail link, saying the £2.5bn cost was"
				+ " \"impossible to justify\".");
		assertEquals("Helen Dowd", f.speakerOf("the £2.5bn cost was \"impossible to justify\""));
	}

	@Test
	void aQuoteThatOpensItsSentenceNamesNoOneSoHeIsThePersonIntroducedBefore() {
		Found f = Found.in("Opposition MP Pieter van Wyk was unconvinced. \"South Africans have heard this before,\" he"
				+ " said.");
		assertEquals("Pieter van Wyk", f.speakerOf("South Africans have heard this before"));
		assertTrue(!f.texts("speaker").contains("Africans"), f.texts("speaker").toString());
	}

	@Test
	void aNameInAppositionAfterARoleThatFollowsSaidIsTheSpeakerAndHeLaterIsHim() {
		Found f = Found.in("Environment Minister Claire Dunn defended the plan on Monday.\n\n\"The reef cannot wait"
				+ " another decade,\" said the society's reef campaigner, Ben Harris. He said the targets came too late.");
		assertEquals("Ben Harris", f.speakerOf("The reef cannot wait another decade"));
		assertEquals("Ben Harris", f.speakerOf("the targets came too late"));
		assertEquals("Claire Dunn", Found.in("\"We will act,\" said the minister, Claire Dunn.").speakerOf("We will act"));
	}

	@Test
	void heAfterANumberedListGoesToThePersonWhoOpenedTheListInFull() {
		Found f = Found.in("Senator Marco Villanueva filed a bill on Monday with four measures:\n\n1. Cap the price of"
				+ " rice.\n\n2. Release buffer stocks.\n\n3. Cut import tariffs.\n\n4. Fund farm loans.\n\nThe"
				+ " Senate will debate it next week.\n\n\"Families cannot wait for the harvest,\" he said.");
		assertEquals("Marco Villanueva", f.speakerOf("Families cannot wait for the harvest"));
	}

	@Test
	void theyFarFromAnyoneNamedStaysWithoutAFarPerson() {
		Found f = Found.in("Senator Marco Villanueva filed a bill on Monday.\n\nRice rose 20% in a year. Bread rose"
				+ " 12%. Fuel rose 8%. Rents rose 5%. Wages did not.\n\n\"We eat less,\" they said.");
		assertTrue(!f.speakerOf("We eat less").equals("Marco Villanueva"), f.speakerOf("We eat less"));
	}

	@Test
	void sayingAfterABodyNamedWithAPossessiveOrTheIsTheBodysReport() {
		Found f = Found.in("ABUJA (Reuters) — Nigeria's central bank kept its benchmark rate at 27.5% on Tuesday, saying"
				+ " inflation was slowing but remained too high. The union called a strike, saying the pay of nurses had"
				+ " fallen for years.");
		assertEquals("Nigeria's central bank", f.speakerOf("inflation was slowing but remained too high"));
		assertEquals("The union", f.speakerOf("the pay of nurses had fallen for years"));
	}

	@Test
	void peopleAtABodyWhoEstimateReportButTheWritersOwnEstimateAndTheNounDoNot() {
		Found f = Found.in("Economists at the Bank of Nova Scotia estimate that the caps will slow population growth.");
		assertEquals("Economists", f.speakerOf("the caps will slow population growth"));
		assertEquals(List.of(), Found.in("We estimate that 1.2 million parents are out of the labor force because they"
				+ " cannot find care. The estimate that the caps will slow growth was wrong.").texts("quote"));
	}

	@Test
	void aHeadlinesReportIsNotSuggestedButTheLedeThatSaysItIsAndALongBodyDescriptionSpeaks() {
		Found f = Found.in("Measles cases in Europe highest in 25 years, WHO says\n\nGENEVA — Europe recorded 127,350 measles"
				+ " cases last year, the highest number since 1997, the World Health Organization's regional office said"
				+ " in a report on Thursday.");
		assertEquals(List.of("Europe recorded 127,350 measles cases last year, the highest number since 1997"),
				f.texts("quote"));
		assertEquals("the World Health Organization's regional office",
				f.speakerOf("Europe recorded 127,350 measles cases last year, the highest number since 1997"));
		assertEquals(List.of("Rivers do not stop at borders"), Found.in("\"Rivers do not stop at borders\": a"
				+ " conversation with Mekong river commissioner Lan Pham\n\nVientiane hosts the commission.").texts("quote"));
	}

	@Test
	void aProfilesPresentTenseVerbAndANameRepeatedByOnePartGoToTheFullNameNotToTheClauseWordBeforeIt() {
		Found f = Found.in("HUE, Vietnam — When Nguyen Van Minh took over the farm in 2009, it had debts.\n\n\"Nobody believed"
				+ " me,\" Minh recalls. Officials say water levels have dropped by 3 metres since 2016, and Minh says"
				+ " members will need drip irrigation within two seasons.");
		assertEquals("Nguyen Van Minh", f.speakerOf("Nobody believed me"));
		assertEquals("Officials", f.speakerOf("water levels have dropped by 3 metres since 2016"));
		assertEquals("Nguyen Van Minh", f.speakerOf("members will need drip irrigation within two seasons"));
	}

	@Test
	void aTrailingGroupWithAPerfectTenseOrLowerCaseWordsReportsTheLede() {
		Found f = Found.in("The pledge to build 1.5m homes is slipping further out of reach, council leaders have warned, after"
				+ " official figures showed starts fell. The transport pass will rise in price from €58 to €63 a month in"
				+ " January, federal and state transport ministers announced on Monday.");
		assertEquals("council leaders", f.speakerOf("The pledge to build 1.5m homes is slipping further out of reach"));
		assertEquals("federal and state transport ministers",
				f.speakerOf("The transport pass will rise in price from €58 to €63 a month in January"));
	}

	@Test
	void saidThatAAndThatBAreTwoReportsOfOneSpeakerAndAllegedReports() {
		Found f = Found.in("The Local Government Association said councils faced a funding gap of about £4bn and that one in"
				+ " five planning departments had lost a senior officer. Party MLA G. Naresh Yadav alleged that nearly 40%"
				+ " of eligible farmers had been left out. \"Banks are still sending notices,\" he said.");
		assertEquals("Local Government Association", f.speakerOf("councils faced a funding gap of about £4bn"));
		assertEquals("Local Government Association",
				f.speakerOf("one in five planning departments had lost a senior officer"));
		assertEquals("G. Naresh Yadav", f.speakerOf("nearly 40% of eligible farmers had been left out"));
		assertEquals("G. Naresh Yadav", f.speakerOf("Banks are still sending notices"));
	}

	@Test
	void anAcronymInBracketsIsTheNameBeforeItAndAHeadlinesTitleCaseIsNoName() {
		Found f = Found.in("Governor Whitfield Unveils Three-Pronged Strategy to Shorten ER Waits\n\nHARRISBURG — Governor"
				+ " Daniel Whitfield announced a plan on Monday. \"We know where the bottlenecks are,\" Whitfield said."
				+ " We asked an executive of the Ghana Cocoa Board (COCOBOD) about it. COCOBOD said it would announce a"
				+ " price review within two months.");
		assertEquals("Daniel Whitfield", f.speakerOf("We know where the bottlenecks are"));
		assertEquals("Ghana Cocoa Board", f.speakerOf("it would announce a price review within two months"));
	}

	@Test
	void otherVerbsWithABareClauseTellingAnAudienceThatAndAnAbsoluteRoleAndNameReport() {
		Found f = Found.in("The Congressional Budget Office estimates the extension would cost $83 billion over a decade."
				+ " Treasury Secretary Joseph Kiprono defended the tax, telling MPs on Thursday that the government needed"
				+ " the revenue. The party will table a motion, its group leader, Étienne Marchal, declaring that his"
				+ " deputies will vote against it. Retired teacher Margaret Ngata, who has lived in Mangere for 40 years,"
				+ " told councillors her rates had gone up by a third. The police warned the public to stay away.");
		assertEquals("Congressional Budget Office", f.speakerOf("the extension would cost $83 billion over a decade"));
		assertEquals("Joseph Kiprono", f.speakerOf("the government needed the revenue"));
		assertEquals("Étienne Marchal", f.speakerOf("his deputies will vote against it"));
		assertEquals("Margaret Ngata", f.speakerOf("her rates had gone up by a third"));
		assertTrue(f.texts("quote").stream().noneMatch(q -> q.contains("the public")), f.texts("quote").toString());
	}

	@Test
	void aPersonWithARelativeClauseATitleOfTheRoleAndTheBankForTheWorldBankSpeak() {
		Found f = Found.in("A woman who was shopping in Tokyo said, \"Now it is once a month.\" The Minister of the Economy,"
				+ " Claire Duvivier, on Tuesday defended the freeze. «We ask everyone for an effort», she told the deputies."
				+ " The World Bank cut its forecast on Monday. The Bank said three million more people could fall into"
				+ " poverty.");
		assertEquals("A woman", f.speakerOf("Now it is once a month."));
		assertEquals("Claire Duvivier", f.speakerOf("We ask everyone for an effort"));
		assertEquals("World Bank", f.speakerOf("three million more people could fall into poverty"));
	}

	@Test
	void theNameInAnAppositionSpeaksAfterACoordinatedVerbAndADemandIsReported() {
		Found f = Found.in("The clean-air group backed the law. Its spokesman, Tomas Weber, welcomed the plan but warned that"
				+ " inspections would be too few to stop fraud. Dock workers' unions demanded that the port pay overtime for"
				+ " every night shift.");
		assertEquals("Tomas Weber", f.speakerOf("inspections would be too few to stop fraud"));
		assertTrue(f.texts("quote").contains("the port pay overtime for every night shift"), f.texts("quote").toString());
	}

	@Test
	void honorificsASeatInBracketsAOneWordNameInCommasAndABodyWithAndInItsName() {
		Found f = Found.in("Prices of rice will be capped from January, Domestic Trade and Cost of Living Minister Datuk Seri"
				+ " Lim Wei Keat told the Dewan Rakyat today. \"The cap will only empty the shelves,\" said Datuk Razak Ali"
				+ " (PN–Kuala Krai) when debating the motion. Lim replied that the ministry would review the cap within a"
				+ " month. The Superintendency of Industry and Commerce (SIC) said in its ruling that the firms had shared"
				+ " price lists. The national poultry federation, Fenavi, said feed costs had risen by a third.");
		assertEquals("Lim Wei Keat", f.speakerOf("Prices of rice will be capped from January"));
		assertEquals("Razak Ali", f.speakerOf("The cap will only empty the shelves"));
		assertEquals("Lim Wei Keat", f.speakerOf("the ministry would review the cap within a month"));
		assertEquals("Superintendency of Industry and Commerce", f.speakerOf("the firms had shared price lists"));
		assertEquals("Fenavi", f.speakerOf("feed costs had risen by a third"));
	}

	@Test
	void aClauseAfterSaidOnADayAndAccordingToAfterAColon() {
		Found f = Found.in("Golden Fruit, the third-largest exporter, said on Thursday its net profit fell 52% in the quarter."
				+ " The flow has now reversed: according to the Hellenic Statistical Authority, more people have arrived"
				+ " than left in every year since 2022.");
		assertEquals("Golden Fruit", f.speakerOf("its net profit fell 52% in the quarter"));
		assertEquals("Hellenic Statistical Authority",
				f.speakerOf("more people have arrived than left in every year since 2022"));
	}

	@Test
	void aQuoteAfterAShortSentenceOfActionIsTheActorsWords() {
		Found f = Found.in("Amara Okafor has farmed cassava for 20 years. \"Prices are better now,\" she says.\n\nWill she plant"
				+ " more? She laughs. \"Ask me after the rains.\"");
		assertEquals("Amara Okafor", f.speakerOf("Ask me after the rains."));
	}

	@Test
	void coordinatedVerbsAfterATimeAnOrganisationAfterOfTheParticlesAndTitlesOfAddress() {
		Found f = Found.in("Partido Nacional's Andrés Ferreira lost. Ferreira conceded shortly before midnight and said he had"
				+ " called the winner to congratulate her. Political scientist Verónica Laborde of the University of the"
				+ " Republic said the result showed the left remained dominant. Mayor Ramon dela Paz tells News5 the water"
				+ " climbed two metres in six hours. The Minister for Agriculture, Hon. Neema Mwakalinga, presented a plan.\n\n"
				+ "Briefing journalists, the Minister said farmers lose a third of the harvest to pests.");
		assertEquals("Andrés Ferreira", f.speakerOf("he had called the winner to congratulate her"));
		assertEquals("Verónica Laborde", f.speakerOf("the result showed the left remained dominant"));
		assertEquals("Ramon dela Paz", f.speakerOf("the water climbed two metres in six hours"));
		assertEquals("Neema Mwakalinga", f.speakerOf("farmers lose a third of the harvest to pests"));
	}

	@Test
	void aShortFigureAProjectionARulingAndOfficialsWhoSayANumber() {
		Found f = Found.in("Turnout was 84%, the court said. The statistics office projects that the number of pensioners will"
				+ " rise by 600,000. The court ruled that the mayor had taken 2% of every contract. City officials say 4,300"
				+ " families are now staying in 22 shelters.");
		assertEquals("the court", f.speakerOf("Turnout was 84%"));
		assertTrue(f.texts("quote").contains("the number of pensioners will rise by 600,000"), f.texts("quote").toString());
		assertTrue(f.texts("quote").contains("the mayor had taken 2% of every contract"), f.texts("quote").toString());
		assertEquals("City officials", f.speakerOf("4,300 families are now staying in 22 shelters"));
	}

	@Test
	void aDocumentsOwnerAFrontedTimeABankThatKeptItsRateSayingAndTheCityNamedInFull() {
		Found f = Found.in("Suárez won with 51.2% of the vote, according to the Electoral Court's preliminary count. Every"
				+ " Tuesday at dawn, Rania Haddad climbs to her roof. The supply lasts 36 hours a week.\n\n\"We have learned to"
				+ " shower with a bucket,\" she says. The central bank kept its base rate unchanged on Tuesday, saying"
				+ " inflation risks from the weak forint and rising food prices had not yet eased. The City of Cape Town tabled"
				+ " its budget. Homes below R500,000 will remain exempt from rates, the city said.");
		assertEquals("Electoral Court", f.speakerOf("Suárez won with 51.2% of the vote"));
		assertEquals("Rania Haddad", f.speakerOf("We have learned to shower with a bucket"));
		assertTrue(f.texts("quote").contains("inflation risks from the weak forint and rising food prices had not yet eased"),
				f.texts("quote").toString());
		assertEquals("City of Cape Town", f.speakerOf("Homes below R500,000 will remain exempt from rates"));
	}

	@Test
	void theNameInAppositionAfterARoleAndATitleOfAMinistry() {
		Found f = Found.in("\"Reading comes first,\" said the Minister of Education, Dr Claudine Uwase. \"Every year we wait makes"
				+ " it harder,\" said the report's lead author, economist Nathalie Verhaegen.");
		assertEquals("Claudine Uwase", f.speakerOf("Reading comes first"));
		assertEquals("Nathalie Verhaegen", f.speakerOf("Every year we wait makes it harder"));
	}

	@Test
	void aBodyNamedAfterTheOfficeItServesSpeaks() {
		Found f = Found.in("Rations were cut in May. The Office of the Prime Minister said the government welcomed the"
				+ " report and was talking to donors.");
		assertEquals("Office of the Prime Minister", f.speakerOf("the government welcomed the report and was talking to donors"));
	}

	@Test
	void admitsConsidersAndConcludesThatReportAndAPronounFarFromItsNameStillFindsTheOnlyPersonNamed() {
		Found f = Found.in("For nine years Selma Amukwa ran the licences office. The plant has slipped by two years, and"
				+ " Amukwa admits that the first exports will not leave before 2030.\n\nShe is blunt. \"We promised"
				+ " too much. The turbines should be turning by now. Nobody planned the water.\"\n\n\"Everyone asks about the"
				+ " wind,\" she says.\n\nThe committee considers that the main risks are higher oil prices. The panel"
				+ " concluded that the rules had worked. The forum has concluded.");
		assertEquals("Selma Amukwa", f.speakerOf("the first exports will not leave before 2030"));
		assertEquals("Selma Amukwa", f.speakerOf("Everyone asks about the wind"));
		assertEquals("the committee", f.speakerOf("the main risks are higher oil prices").toLowerCase(java.util.Locale.ROOT));
		f.speakerOf("the rules had worked");
		assertTrue(f.texts("quote").stream().noneMatch(q -> q.contains("forum")), f.texts("quote").toString());
	}

	@Test
	void aTitleRightAfterTheFirstWordAndAPersonsAgeReferToThePersonNamed() {
		Found f = Found.in("Opposition councillor Dragan Petrovski criticised the grants and said the city should extend"
				+ " district heating. Jean-Claude Rakotomalala has no one to sell his vanilla to. \"The buyers stopped coming"
				+ " to my door,\" says the 58-year-old, who has farmed for three decades.");
		assertEquals("Dragan Petrovski", f.speakerOf("the city should extend district heating"));
		assertEquals("Jean-Claude Rakotomalala", f.speakerOf("The buyers stopped coming to my door"));
		assertTrue(!f.texts("speaker").contains("the 58-year-old"), f.texts("speaker").toString());
	}

	@Test
	void saidInAStatementWithAClauseBeforeWarnedThatGivesBothAndAReportsPublisherWarnsAfterItsApposition() {
		Found f = Found.in("The Association of Lithuanian Banks said in a statement it regretted the decision and warned"
				+ " that lending to small businesses could slow. Remittances fell 12% to $1.9 billion, according to a"
				+ " report by the Institute for Public Policy, a Bishkek think tank, which warned that the drop could"
				+ " reverse gains against poverty.");
		assertEquals("Association of Lithuanian Banks", f.speakerOf("it regretted the decision"));
		assertEquals("Association of Lithuanian Banks", f.speakerOf("lending to small businesses could slow"));
		assertEquals("Institute for Public Policy", f.speakerOf("the drop could reverse gains against poverty"));
	}

	@Test
	void theUtilityIsTheBodyNamedAfterItsNounAndTheMinistryInCommasReportsBothClauses() {
		Found f = Found.in("Water comes only at night, the state water utility IDAAN said on Thursday. Council member Ana"
				+ " Ruiz said families had waited for days. The utility said it would waive the fixed charge for December."
				+ " Only cars registered to a parent are covered, the Finance Ministry said, and leased cars are not.");
		assertEquals("IDAAN", f.speakerOf("it would waive the fixed charge for December"));
		assertEquals("Finance Ministry", f.speakerOf("Only cars registered to a parent are covered"));
		assertEquals("Finance Ministry", f.speakerOf("leased cars are not"));
	}

	@Test
	void anAuxiliaryAfterTheCommaThatClosesARelativeClauseLeavesTheBodyAsTheSpeaker() {
		Found f = Found.in("Tariffs will rise in May. The World Bank, which is lending $500 million for the meters, has said"
				+ " that prices that cover costs are needed to attract investors.");
		assertEquals("World Bank", f.speakerOf("prices that cover costs are needed to attract investors"));
		assertTrue(!f.texts("speaker").contains("has"), f.texts("speaker").toString());
	}
}
