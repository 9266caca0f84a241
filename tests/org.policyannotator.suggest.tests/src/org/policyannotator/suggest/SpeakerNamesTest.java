package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** One name per person across the corpus, so that all quotes of one speaker can be found by name. */
class SpeakerNamesTest {
	@TempDir
	Path dir;

	@Test
	void aShortNameInOneArticleTakesTheFullNameFromAnother() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "test", Schema.defaultSchema());
		corpus.addDocument(Document.of("a", "A", "Chinese President Xi Jinping said trade would keep growing fast."));
		corpus.addDocument(Document.of("b", "B", "Xi said exchanges among young people must grow this year."));
		CorpusSuggestions run = new CorpusSuggestions(corpus, Suggesters.builtIn(), List.of());
		run.run("a", "ana", false);
		run.run("b", "ana", false);
		var speaker = corpus.loadSet("ana", "b").annotations().stream().filter(a -> a.type().equals("speaker"))
				.findFirst().orElseThrow();
		assertEquals("Xi", speaker.firstSpan().quote());
		assertEquals("Xi Jinping", speaker.attribute("name").orElseThrow().display());
	}

	@Test
	void anAmbiguousShortNameKeepsItsOwn() {
		SpeakerNames names = new SpeakerNames();
		names.add("Chen Xin");
		names.add("Chen Wei");
		assertEquals("Chen", names.canonical("Chen"));
		assertEquals("Chen Xin", names.canonical("Xin"));
	}
}
