package org.policyannotator.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Finding;
import org.policyannotator.model.Fixtures;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Severity;
import org.policyannotator.model.Span;

/** Checks on the four-point proposal of sample article 003 and quotes of article 000. */
class SetValidatorTest {
	private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
	private static final Document ARTICLE = Document.of("art-003", "Four-point proposal", Fixtures.sampleText("003"));
	private final SetValidator validator = new SetValidator(Schema.defaultSchema());

	private static Annotation tag(String id, String type, String phrase) {
		int start = ARTICLE.text().indexOf(phrase);
		assertTrue(start >= 0, phrase);
		return Annotation.of(id, type, List.of(Span.of(ARTICLE.text(), start, start + phrase.length())), "ana", NOW);
	}

	private static AttributeValue number(int n) {
		return new AttributeValue.Number(BigDecimal.valueOf(n));
	}

	/** The proposal with {@code linked} of its four points linked. */
	private static AnnotationSet proposal(int linked) {
		AnnotationSet set = new AnnotationSet("ana", ARTICLE.id(), ARTICLE.sha256());
		set.add(tag("p", "proposal", "this four-point proposal").withAttribute("points", number(4), NOW));
		String[] points = { "First, strengthen strategic communication", "Second, deepen mutually beneficial cooperation",
				"Third, strengthen the friendship", "Fourth, enhance coordination in multilateral fora" };
		for (int i = 0; i < points.length; i++) {
			set.add(tag("pt" + (i + 1), "proposal-point", points[i]).withAttribute("ordinal", number(i + 1), NOW));
			if (i < linked) {
				set.addRelation(new Relation("r" + (i + 1), "point-of", "pt" + (i + 1), "p"));
			}
		}
		return set;
	}

	private List<Finding> check(AnnotationSet set) {
		return validator.validate(set, Optional.of(ARTICLE), "annotations/ana/art-003.json");
	}

	private static String text(List<Finding> findings) {
		return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
	}

	@Test
	void aCompleteFourPointProposalHasNoFindings() {
		assertEquals(List.of(), check(proposal(4)));
	}

	@Test
	void aProposalWithFewerLinkedPointsThanDeclaredIsReported() {
		List<Finding> findings = check(proposal(3));
		String all = text(findings);
		assertTrue(all.contains("p: Proposal: number of points is 4, but 3 are linked with point-of"), all);
		assertTrue(all.contains("pt4: Proposal point has no point of link"), all);
		assertTrue(findings.stream().allMatch(f -> f.file().equals("annotations/ana/art-003.json")));
	}

	@Test
	void twoPointsWithTheSameNumberAreReported() {
		AnnotationSet set = proposal(4);
		set.update(set.annotation("pt2").orElseThrow().withAttribute("ordinal", number(1), NOW));
		assertTrue(text(check(set)).contains("point number 1 of proposal p is also used by"), text(check(set)));
	}

	@Test
	void aQuoteWithoutSpeakerIsReportedAndALinkedOneIsNot() {
		AnnotationSet set = new AnnotationSet("ana", ARTICLE.id(), ARTICLE.sha256());
		set.add(tag("q", "quote", "not freedom of expression, but disturbance.")
				.withAttribute("kind", new AttributeValue.Text("direct"), NOW));
		List<Finding> findings = check(set);
		assertEquals(1, findings.size(), text(findings));
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertEquals("q", findings.get(0).element());
		assertTrue(findings.get(0).message().contains("Quote has no said by link to a Speaker"), text(findings));

		set.add(tag("s", "speaker", "Xi Jinping").withAttribute("name", new AttributeValue.Text("Xi Jinping"), NOW));
		set.addRelation(new Relation("r", "said-by", "q", "s"));
		assertEquals(List.of(), check(set));
	}

	@Test
	void unknownTypesAttributesAndBadValuesAreErrorsWithTheAnnotationId() {
		AnnotationSet set = new AnnotationSet("ana", ARTICLE.id(), ARTICLE.sha256());
		set.add(tag("a1", "rumour", "Xi Jinping"));
		set.add(tag("a2", "quote", "not freedom of expression").withAttribute("tone", new AttributeValue.Text("x"), NOW)
				.withAttribute("kind", new AttributeValue.Text("shouted"), NOW));
		set.add(tag("a3", "statistic", "33 years").withAttribute("value", new AttributeValue.Text("33"), NOW));
		List<Finding> errors = check(set).stream().filter(Finding::isError).toList();
		String all = text(errors);
		assertTrue(all.contains("a1: tag type rumour is not in the schema"), all);
		assertTrue(all.contains("a2: attribute tone is not defined for Quote"), all);
		assertTrue(all.contains("a2: attribute kind: \"shouted\" is not one of [direct, indirect]"), all);
		assertTrue(all.contains("a3: attribute value takes a number, not the text \"33\""), all);
		assertEquals(4, errors.size(), all);
	}

	@Test
	void referencesMustPointToAnExistingAnnotationOfAnAllowedType() {
		AnnotationSet set = new AnnotationSet("ana", ARTICLE.id(), ARTICLE.sha256());
		set.add(tag("s", "statistic", "33 years").withAttribute("value", number(33), NOW));
		set.add(tag("c1", "claim", "largely due to their shared memories")
				.withAttribute("claimant", new AttributeValue.Ref("s"), NOW));
		set.add(tag("c2", "claim", "economic interdependence")
				.withAttribute("claimant", new AttributeValue.Ref("gone"), NOW));
		String all = text(check(set));
		assertTrue(all.contains("c1: attribute claimant must refer to [speaker], not to a statistic"), all);
		assertTrue(all.contains("c2: attribute claimant refers to annotation gone, which does not exist"), all);
	}

	@Test
	void offsetsOutsideTheTextAndQuotesThatDifferAreErrors() {
		String text = ARTICLE.text();
		AnnotationSet set = new AnnotationSet("ana", ARTICLE.id(), ARTICLE.sha256());
		set.add(Annotation.of("far", "claim", List.of(new Span(text.length() + 1, text.length() + 5, "abcd", "", "")),
				"ana", NOW));
		set.add(Annotation.of("wrong", "claim", List.of(new Span(0, 5, "Hello", "", "")), "ana", NOW));
		String all = text(check(set));
		assertTrue(all.contains("error: annotations/ana/art-003.json: far: span [" + (text.length() + 1)), all);
		assertTrue(all.contains("is outside the text"), all);
		assertTrue(all.contains("wrong: stored quote \"Hello\" differs from the text at [0, 5)"), all);
	}

	@Test
	void overlapsOfANonOverlappingTypeAreWarnings() {
		AnnotationSet set = new AnnotationSet("ana", ARTICLE.id(), ARTICLE.sha256());
		set.add(tag("s1", "speaker", "Chinese President Xi Jinping").withAttribute("name",
				new AttributeValue.Text("Xi Jinping"), NOW));
		int xi = ARTICLE.text().indexOf("Chinese President Xi Jinping") + "Chinese President ".length();
		set.add(Annotation.of("s2", "speaker", List.of(Span.of(ARTICLE.text(), xi, xi + 10)), "ana", NOW)
				.withAttribute("name", new AttributeValue.Text("Xi"), NOW));
		set.add(tag("c1", "claim", "shared memories"));
		set.add(tag("c2", "claim", "memories in modern history"));
		String all = text(check(set));
		assertTrue(all.contains("Speaker overlaps"), all);
		assertTrue(!all.contains("Claim overlaps"), "claims may overlap: " + all);
	}

	@Test
	void relationsBetweenWrongTypesOrMissingAnnotationsAreErrors() {
		AnnotationSet set = new AnnotationSet("ana", ARTICLE.id(), ARTICLE.sha256());
		set.add(tag("c", "claim", "shared memories"));
		set.add(tag("s", "statistic", "33 years").withAttribute("value", number(33), NOW));
		set.addRelation(new Relation("r1", "said-by", "c", "s"));
		set.addRelation(new Relation("r2", "supports", "s", "nobody"));
		set.addRelation(new Relation("r3", "causes", "s", "c"));
		String all = text(check(set));
		assertTrue(all.contains("r1: said-by must link [quote] to [speaker], not claim to statistic"), all);
		assertTrue(all.contains("r2: supports links nobody, which does not exist"), all);
		assertTrue(all.contains("r3: relation type causes is not in the schema"), all);
	}

	@Test
	void missingRequiredAttributesAreWarnings() {
		AnnotationSet set = new AnnotationSet("ana", ARTICLE.id(), ARTICLE.sha256());
		set.add(tag("s", "statistic", "33 years"));
		List<Finding> findings = check(set);
		assertEquals(1, findings.size(), text(findings));
		assertEquals("warning: annotations/ana/art-003.json: s: Statistic has no value", findings.get(0).toString());
	}

	@Test
	void findingsComeInAStableOrder() {
		assertEquals(check(proposal(2)), check(proposal(2)));
	}
}
