package org.policyannotator.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;

/** Small corpora the search tests read. */
final class SearchCorpora {
	static final String TARIFF = "The tariff rose. Xi said the tariff is fair.\nTariffs hurt, said Lee. Exports fell 5 percent.";
	static final String OTHER = "Nothing about trade here, only tarifffs misspelt.";

	private SearchCorpora() {
	}

	/** Two documents; anna tagged a claim around the second "tariff" and a statistic in percent, ben a quote. */
	static Corpus twoDocuments(Path dir) throws CorpusException {
		Corpus corpus = Corpus.create(dir.resolve("corpus"), "test", Schema.defaultSchema());
		corpus.addDocument(Document.of("d1", "Tariffs", TARIFF));
		corpus.addDocument(Document.of("d2", "", OTHER));
		AnnotationSet anna = corpus.loadSet("anna", "d1");
		Instant now = Instant.now();
		int claim = TARIFF.indexOf("Xi said");
		anna.add(Annotation.of(anna.newId(), "claim", List.of(Span.of(TARIFF, claim, claim + 27)), "anna", now)
				.withNote("Check the fairness argument", now));
		int stat = TARIFF.indexOf("Exports");
		anna.add(Annotation.of(anna.newId(), "statistic", List.of(Span.of(TARIFF, stat, TARIFF.length() - 1)), "anna",
				now).withAttribute("unit", new AttributeValue.Text("percent"), now));
		corpus.saveSet(anna);
		AnnotationSet ben = corpus.loadSet("ben", "d1");
		ben.add(Annotation.of(ben.newId(), "quote", List.of(Span.of(TARIFF, 0, 16)), "ben", now)
				.withStatus(AnnotationStatus.SUGGESTED, now));
		corpus.saveSet(ben);
		return corpus;
	}

	/**
	 * Four documents quoting people: Xi under four names, two different Lees (and a bare "Lee" in a third), each
	 * quote linked said-by to its speaker by anna.
	 */
	static Corpus speakers(Path dir) throws CorpusException {
		Corpus corpus = Corpus.create(dir.resolve("corpus"), "test", Schema.defaultSchema());
		quoted(corpus, "a", "Chinese President Xi Jinping", "We seek peace", "Lee Jae-myung", "Trade matters");
		quoted(corpus, "b", "President Xi", "Open markets help", "Lee Hsien Loong", "Singapore agrees");
		quoted(corpus, "c", "Xi", "Dialogue is key", "Lee", "We will see");
		quoted(corpus, "d", "Mao Ning", "No comment", "Xi's", "Cooperation wins");
		return corpus;
	}

	private static void quoted(Corpus corpus, String id, String first, String said, String second, String answered)
			throws CorpusException {
		String text = first + " said: \"" + said + ".\" " + second + " replied: \"" + answered + ".\"";
		corpus.addDocument(Document.of(id, "", text));
		AnnotationSet set = corpus.loadSet("anna", id);
		link(set, text, first, said);
		link(set, text, second, answered);
		corpus.saveSet(set);
	}

	private static void link(AnnotationSet set, String text, String speaker, String words) {
		Instant now = Instant.now();
		int at = text.indexOf(speaker);
		Annotation s = Annotation.of(set.newId(), "speaker", List.of(Span.of(text, at, at + speaker.length())),
				"anna", now);
		set.add(s);
		int q = text.indexOf(words);
		Annotation quote = Annotation.of(set.newId(), "quote", List.of(Span.of(text, q, q + words.length())), "anna",
				now);
		set.add(quote);
		set.addRelation(new Relation("r" + set.relations().size(), "said-by", quote.id(), s.id()));
	}
}
