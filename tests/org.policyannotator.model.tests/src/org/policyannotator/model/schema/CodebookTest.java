package org.policyannotator.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.internal.io.SchemaCodec;

/** Hierarchical codebooks: the tree, colour inheritance, the file format and the edits. */
class CodebookTest {

	private static TagType code(String id, String parent, String colour) {
		return new TagType(id, id.toUpperCase(), colour, "", "", List.of(), false,
				new CodeInfo(parent, "", "", "", List.of(), colour.isEmpty()));
	}

	private static TagType inherit(String id, String parent) {
		return new TagType(id, id, "#000000", "", "", List.of(), false, CodeInfo.under(parent, ""));
	}

	/** economy > jobs > wages, economy > growth, trade; a relation from trade to jobs. */
	private static Schema sample() {
		return new Schema("t", List.of(code("economy", "", "#ff0000"), inherit("jobs", "economy"),
				inherit("wages", "jobs"), code("growth", "economy", "#00ff00"), code("trade", "", "#0000ff")),
				List.of(new RelationType("affects", "Affects", "", List.of("trade"), List.of("jobs"), false, false)));
	}

	@Test
	void theSamplePolicyTopicsCodebookHasTenTopicsWithThirtySubtopicsAndNoProblems() throws CorpusException {
		Schema topics = SchemaFiles.sample("policy-topics");
		CodeTree tree = topics.tree();
		assertEquals(10, tree.roots().size());
		assertEquals(40, topics.tagTypes().size());
		assertEquals(2, tree.levels());
		assertEquals(List.of(), topics.check());
		TagType unemployment = topics.tagType("economy-jobs").orElseThrow();
		assertEquals("102 Employment and wages", unemployment.numberedLabel());
		assertEquals(topics.tagType("economy").orElseThrow().colour(), unemployment.colour());
		for (TagType root : tree.roots()) {
			assertFalse(tree.children(root.id()).isEmpty(), root.id());
			assertFalse(root.code().inclusion().isEmpty(), root.id());
			assertFalse(root.code().exclusion().isEmpty(), root.id());
			assertFalse(root.code().examples().isEmpty(), root.id());
			assertFalse(root.key().isEmpty(), root.id());
		}
	}

	@Test
	void childrenInheritTheColourOfTheNearestAncestorWithOneOfItsOwn() {
		Schema schema = sample();
		assertEquals("#ff0000", schema.tagType("jobs").orElseThrow().colour());
		assertEquals("#ff0000", schema.tagType("wages").orElseThrow().colour());
		assertEquals("#00ff00", schema.tagType("growth").orElseThrow().colour());
		assertEquals(List.of(), schema.check(), "inherited colours are not reported as clashes");
	}

	@Test
	void theTreeGivesDepthsPathsAndAncestorsAtEachLevel() {
		CodeTree tree = sample().tree();
		assertEquals(3, tree.levels());
		assertEquals(List.of("economy", "jobs", "wages"), tree.path("wages"));
		assertEquals("economy", tree.atLevel("wages", 1));
		assertEquals("jobs", tree.atLevel("wages", 2));
		assertEquals("trade", tree.atLevel("trade", 2));
		assertEquals(List.of("jobs", "wages", "growth"), tree.descendants("economy").stream().map(TagType::id).toList());
	}

	@Test
	void anUnknownParentOrACycleIsRefusedNamingTheCode() {
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> new Schema("t", List.of(inherit("a", "nowhere")), List.of()));
		assertTrue(unknown.getMessage().contains("nowhere"), unknown.getMessage());
		IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
				() -> new Schema("t", List.of(code("a", "b", "#111111"), code("b", "a", "#222222")), List.of()));
		assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
	}

	@Test
	void aFlatSchemaIsStillWrittenAsVersionOneAndAHierarchyAsVersionTwoThatReadsBackTheSame() throws Exception {
		String flat = new String(SchemaCodec.write(Schema.defaultSchema()), StandardCharsets.UTF_8);
		assertTrue(flat.contains("\"version\" : 1"), flat.substring(0, 80));
		Schema schema = sample();
		String tree = new String(SchemaCodec.write(schema), StandardCharsets.UTF_8);
		assertTrue(tree.contains("\"version\" : 2"), tree.substring(0, 80));
		assertTrue(tree.contains("\"parent\" : \"jobs\""));
		Schema back = SchemaCodec.read(tree.getBytes(StandardCharsets.UTF_8), Path.of("schema.json"));
		assertEquals(schema, back);
		assertTrue(back.tagType("wages").orElseThrow().code().inheritsColour());
	}

	@Test
	void renamingACodeCarriesItsChildrenAndTheRelationsThatNameIt() {
		Schema renamed = CodebookEdits.rename(sample(), "jobs", "employment", "Employment");
		assertEquals("employment", renamed.tagType("wages").orElseThrow().parent());
		assertEquals("Employment", renamed.tagType("employment").orElseThrow().label());
		assertEquals(List.of("employment"), renamed.relationType("affects").orElseThrow().toTypes());
		assertThrows(IllegalArgumentException.class, () -> CodebookEdits.rename(sample(), "jobs", "trade", ""));
	}

	@Test
	void movingACodeTakesItsSubtreeAndItsInheritedColourFollowsTheNewParent() {
		Schema moved = CodebookEdits.move(sample(), "jobs", "trade");
		assertEquals("trade", moved.tagType("jobs").orElseThrow().parent());
		assertEquals("#0000ff", moved.tagType("wages").orElseThrow().colour());
		assertEquals(List.of("jobs", "wages"), moved.tree().descendants("trade").stream().map(TagType::id).toList());
		IllegalArgumentException below = assertThrows(IllegalArgumentException.class,
				() -> CodebookEdits.move(sample(), "economy", "wages"));
		assertTrue(below.getMessage().contains("below"), below.getMessage());
		Schema top = CodebookEdits.move(sample(), "jobs", "");
		assertEquals("", top.tagType("jobs").orElseThrow().parent());
		assertEquals("#ff0000", top.tagType("jobs").orElseThrow().colour(), "keeps the colour it had");
	}

	@Test
	void mergingMovesTheChildrenAndRewritesReferences() {
		Schema merged = CodebookEdits.merge(sample(), "jobs", "growth");
		assertTrue(merged.tagType("jobs").isEmpty());
		assertEquals("growth", merged.tagType("wages").orElseThrow().parent());
		assertEquals(List.of("growth"), merged.relationType("affects").orElseThrow().toTypes());
		assertThrows(IllegalArgumentException.class, () -> CodebookEdits.merge(sample(), "economy", "wages"));
	}

	@Test
	void deletingMovesChildrenUpAndRefusesACodeThatARelationNames() {
		Schema deleted = CodebookEdits.delete(sample(), "growth");
		assertTrue(deleted.tagType("growth").isEmpty());
		IllegalArgumentException named = assertThrows(IllegalArgumentException.class,
				() -> CodebookEdits.delete(sample(), "jobs"));
		assertTrue(named.getMessage().contains("affects"), named.getMessage());
		Schema noRelation = new Schema("t", sample().tagTypes(), List.of());
		assertEquals("economy", CodebookEdits.delete(noRelation, "jobs").tagType("wages").orElseThrow().parent());
	}
}
