package org.policyannotator.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SchemaFiles;

/** Agreement rolled up to each level of a hierarchical codebook. */
class TreeLevelsTest {
	@TempDir
	Path dir;

	@Test
	void annotatorsWhoChoseDifferentSubtopicsOfOneTopicAgreeFullyAtTheTopLevelOnly() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "topics", SchemaFiles.sample("policy-topics"));
		Document d = SampleTexts.document("d0", "000");
		corpus.addDocument(d);
		String first = "Chen Xin";
		String second = "China and South Korea";
		corpus.saveSet(Tagger.on(d, "ana").tag("society-exchange", first).tag("diplomacy-summits", second).set());
		corpus.saveSet(Tagger.on(d, "ben").tag("society-media", first).tag("diplomacy-partnership", second).set());
		AgreementSelection selection = AgreementSelection.read(corpus, List.of(), List.of(), List.of());

		List<LevelAgreement> levels = TreeLevels.compute(selection, corpus.schema().tree());

		assertEquals(2, levels.size());
		assertEquals(List.of("diplomacy", "society"), levels.get(0).codes(), "in codebook order");
		double top = levels.get(0).overall().allTypes().unitizingAlpha().value().getAsDouble();
		assertEquals(1.0, top, 1e-9);
		assertEquals(1.0, levels.get(0).overall().byType().get("society").unitizingAlpha().value().getAsDouble(), 1e-9);
		double sub = levels.get(1).overall().allTypes().unitizingAlpha().value().getAsDouble();
		assertTrue(sub < 0.5, "subtopics disagree: " + sub);
		assertEquals(selection.compute().overall().allTypes().unitizingAlpha().value().getAsDouble(), sub, 1e-12,
				"the deepest level is the ordinary per-code report");
		String json = AgreementReportJson.format(selection.compute(), levels, "c");
		assertTrue(json.contains("\"levels\":[{\"level\":1,\"codes\":[\"diplomacy\",\"society\"]"), json);
		String text = AgreementReportText.format(selection.compute(), levels, "c");
		assertTrue(text.contains("Level 1 of the codebook"), text);
	}

	@Test
	void aFlatSchemaHasNoLevels() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("f"), "flat", org.policyannotator.model.schema.Schema.defaultSchema());
		Document d = SampleTexts.document("d0", "000");
		corpus.addDocument(d);
		corpus.saveSet(Tagger.on(d, "ana").tag("speaker", "Chen Xin").set());
		corpus.saveSet(Tagger.on(d, "ben").tag("speaker", "Chen Xin").set());
		AgreementSelection selection = AgreementSelection.read(corpus, List.of(), List.of(), List.of());
		assertEquals(List.of(), TreeLevels.compute(selection, corpus.schema().tree()));
	}
}
