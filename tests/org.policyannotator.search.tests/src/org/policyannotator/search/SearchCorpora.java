package org.policyannotator.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
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
}
