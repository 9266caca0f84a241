package org.policyannotator.team.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;

/** Three-way merges of one annotation set, as two annotators' (or one annotator's two machines') edits meet. */
class SetMergeTest {
	private static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points. Both met twice.";
	private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
	private static final Instant T1 = Instant.parse("2026-01-06T09:00:00Z");

	private static Annotation tag(String id, String type, String quote) {
		int start = TEXT.indexOf(quote);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + quote.length())), "ana", T0);
	}

	private static AnnotationSet set(List<Annotation> annotations, List<Relation> relations) {
		return AnnotationSet.of("ana", "doc", "sha", annotations, relations);
	}

	private static String ids(MergeResult result) {
		return result.merged().annotations().stream().map(a -> a.id() + ":" + a.type())
				.collect(Collectors.joining(" "));
	}

	private final Annotation speaker = tag("a1", "speaker", "Xi");
	private final Annotation statistic = tag("a2", "statistic", "24.5 percent");
	private final AnnotationSet base = set(List.of(speaker, statistic), List.of());

	@Test
	void additionsOnBothSidesAreKept() {
		AnnotationSet ours = set(List.of(speaker, statistic, tag("a3", "proposal", "four points")), List.of());
		AnnotationSet theirs = set(List.of(speaker, statistic, tag("a4", "claim", "Both met twice")), List.of());
		MergeResult result = SetMerge.merge(base, ours, theirs);
		assertTrue(result.clean());
		assertEquals("a1:speaker a2:statistic a3:proposal a4:claim", ids(result));
	}

	@Test
	void aDeletionOnOneSideOfSomethingTheOtherLeftAloneIsADeletion() {
		AnnotationSet ours = set(List.of(speaker), List.of());
		MergeResult result = SetMerge.merge(base, ours, base);
		assertTrue(result.clean());
		assertEquals("a1:speaker", ids(result));
	}

	@Test
	void aChangeOnOneSideIsTakenAndTheSameChangeOnBothIsNoConflict() {
		Annotation retyped = statistic.withType("claim", T1);
		MergeResult one = SetMerge.merge(base, base, set(List.of(speaker, retyped), List.of()));
		assertTrue(one.clean());
		assertEquals("a1:speaker a2:claim", ids(one));
		MergeResult both = SetMerge.merge(base, set(List.of(speaker, retyped), List.of()),
				set(List.of(speaker, retyped), List.of()));
		assertTrue(both.clean());
	}

	@Test
	void differentChangesOfTheSameAnnotationAreAConflictThatKeepsOurs() {
		AnnotationSet ours = set(List.of(speaker, statistic.withType("claim", T1)), List.of());
		AnnotationSet theirs = set(List.of(speaker, statistic.withNote("check the source", T1)), List.of());
		MergeResult result = SetMerge.merge(base, ours, theirs);
		assertEquals(List.of(new MergeConflict(MergeConflict.Kind.ANNOTATION, "a2",
				"both sides changed the annotation, differently")), result.conflicts());
		assertEquals("a1:speaker a2:claim", ids(result));
		String file = new String(ConflictFile.encode("annotations/ana/doc.json", result, base, ours, theirs),
				StandardCharsets.UTF_8);
		assertTrue(file.contains("\"theirs\"") && file.contains("check the source"), file);
	}

	@Test
	void aChangeAgainstADeletionIsAConflictAndTheAnnotationIsNotLost() {
		AnnotationSet ours = set(List.of(speaker), List.of());
		AnnotationSet theirs = set(List.of(speaker, statistic.withNote("keep", T1)), List.of());
		MergeResult result = SetMerge.merge(base, ours, theirs);
		assertEquals(1, result.conflicts().size());
		assertEquals("a1:speaker a2:statistic", ids(result), "the changed annotation stays until the user decides");
	}

	@Test
	void theSameIdAddedForDifferentAnnotationsKeepsBothAndTheirLinksFollow() {
		Annotation ourQuote = tag("a3", "quote", "trade rose 24.5 percent");
		Annotation theirSpeaker = tag("a3", "speaker", "Lee");
		Annotation theirProposal = tag("a4", "proposal", "four points")
				.withAttribute("proposer", new AttributeValue.Ref("a3"), T1);
		AnnotationSet ours = set(List.of(speaker, statistic, ourQuote), List.of(new Relation("r5", "said-by", "a3", "a1")));
		AnnotationSet theirs = set(List.of(speaker, statistic, theirSpeaker, theirProposal),
				List.of(new Relation("r5", "proposed-by", "a4", "a3")));
		MergeResult result = SetMerge.merge(base, ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		List<Annotation> merged = result.merged().annotations();
		assertEquals(5, merged.size(), ids(result));
		Annotation lee = merged.stream().filter(a -> a.type().equals("speaker") && !a.id().equals("a1")).findFirst()
				.orElseThrow();
		assertFalse(lee.id().equals("a3"));
		Annotation proposal = merged.stream().filter(a -> a.id().equals("a4")).findFirst().orElseThrow();
		assertEquals(new AttributeValue.Ref(lee.id()), proposal.attribute("proposer").orElseThrow());
		List<Relation> relations = result.merged().relations();
		assertEquals(2, relations.size(), relations.toString());
		assertTrue(relations.contains(new Relation("r5", "said-by", "a3", "a1")));
		assertTrue(relations.stream().anyMatch(r -> r.type().equals("proposed-by") && r.to().equals(lee.id())
				&& !r.id().equals("r5")), relations.toString());
		assertEquals(2, result.notes().size(), result.notes().toString());
	}

	@Test
	void aRelationToAnAnnotationDeletedOnTheOtherSideIsLeftOutWithANote() {
		AnnotationSet ours = set(List.of(speaker, statistic), List.of(new Relation("r3", "supports", "a2", "a1")));
		AnnotationSet theirs = set(List.of(speaker), List.of());
		MergeResult result = SetMerge.merge(base, ours, theirs);
		assertTrue(result.clean());
		assertEquals("a1:speaker", ids(result));
		assertEquals(List.of(), result.merged().relations());
		assertTrue(result.notes().get(0).contains("r3"), result.notes().toString());
	}

	@Test
	void setsMadeIndependentlyAreUnited() {
		MergeResult result = SetMerge.merge(null, set(List.of(speaker), List.of()), set(List.of(statistic), List.of()));
		assertTrue(result.clean());
		assertEquals("a1:speaker a2:statistic", ids(result));
	}
}
