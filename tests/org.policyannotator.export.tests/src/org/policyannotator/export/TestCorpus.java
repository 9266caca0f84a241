package org.policyannotator.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * A corpus of the five sample articles plus a Korean/Chinese/emoji document, annotated by two analysts with real
 * spans: claims (one discontinuous, one suggested, one with a note), statistics, speakers, quotes linked to them,
 * proposals with points, and every attribute kind.
 */
public final class TestCorpus {
	/** Id of the synthetic multilingual document. */
	public static final String MULTILINGUAL = "multilingual";
	private static final Instant T0 = Instant.parse("2026-01-05T09:30:00Z");
	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?( percent|%)?");
	private static final Pattern SPEAKER = Pattern
			.compile("(Chen Xin|Xi Jinping|Lee Jae[- ]myung|Zhang Can|The minister)");

	private TestCorpus() {
	}

	/** Creates the corpus, named {@code name}, in {@code dir}. */
	public static Corpus create(Path dir, String name) throws IOException {
		Corpus corpus = Corpus.create(dir, name, Schema.defaultSchema());
		for (Document document : documents()) {
			corpus.addDocument(document);
		}
		return corpus;
	}

	/** Creates and annotates the corpus. */
	public static Corpus annotated(Path dir, String name) throws IOException {
		Corpus corpus = create(dir, name);
		for (Document document : documents()) {
			corpus.saveSet(ana(document));
			if (!document.id().startsWith("003")) {
				corpus.saveSet(ben(document));
			}
		}
		return corpus;
	}

	/** The documents: the sample articles and the multilingual one. */
	public static List<Document> documents() throws IOException {
		List<Document> documents = new ArrayList<>();
		for (Path article : Fixtures.sampleArticles()) {
			String text = Files.readString(article, StandardCharsets.UTF_8);
			documents.add(new Document(DocumentIds.fromFileName(article.getFileName().toString()),
					article.getFileName().toString(), "https://example.org/" + article.getFileName(),
					Optional.of(LocalDate.of(2025, 10, 15)), "en", text, Document.sha256Of(text),
					new Provenance("plain-text", article.getFileName().toString(), T0)));
		}
		String text = Fixtures.text("multilingual.txt");
		documents.add(new Document(MULTILINGUAL, "서울 회의 😀", "", Optional.empty(), "ko", text,
				Document.sha256Of(text), Provenance.manual()));
		return documents;
	}

	private static AnnotationSet ana(Document document) {
		String text = document.text();
		List<Annotation> annotations = new ArrayList<>();
		List<Relation> relations = new ArrayList<>();
		int n = 0;
		// a claim over the first sentence
		int end = sentenceEnd(text, firstLetter(text));
		annotations.add(annotation("a" + ++n, "claim", text, List.of(span(text, firstLetter(text), end)), "ana",
				attrs("stance", new AttributeValue.Text("neutral"), "confidence", new AttributeValue.Text("asserted")),
				AnnotationStatus.ACCEPTED, "first sentence"));
		// a statistic on the first number
		Matcher number = NUMBER.matcher(text);
		if (number.find()) {
			annotations.add(annotation("a" + ++n, "statistic", text, List.of(span(text, number.start(), number.end())),
					"ana", attrs("value", new AttributeValue.Number(new BigDecimal(number.group().replaceAll("[^0-9.]", ""))),
							"estimate", new AttributeValue.Bool(false)),
					AnnotationStatus.ACCEPTED, ""));
		}
		// a speaker, a quote said by them, and a claim they made
		Matcher speaker = SPEAKER.matcher(text);
		if (speaker.find()) {
			String speakerId = "a" + ++n;
			annotations.add(annotation(speakerId, "speaker", text, List.of(span(text, speaker.start(), speaker.end())),
					"ana", attrs("name", new AttributeValue.Text(speaker.group()), "role", new AttributeValue.Text("")),
					AnnotationStatus.ACCEPTED, ""));
			int quoteStart = speaker.end() + 1;
			int quoteEnd = Math.min(sentenceEnd(text, quoteStart), quoteStart + 80);
			quoteEnd = Math.max(quoteEnd, quoteStart + 1);
			String quoteId = "a" + ++n;
			annotations.add(annotation(quoteId, "quote", text, List.of(span(text, quoteStart, quoteEnd)), "ana",
					attrs("kind", new AttributeValue.Text("indirect")), AnnotationStatus.ACCEPTED, ""));
			relations.add(new Relation("r1", "said-by", quoteId, speakerId));
			String claimId = "a" + ++n;
			annotations.add(annotation(claimId, "claim", text, List.of(span(text, quoteStart, quoteEnd)), "ana",
					attrs("claimant", new AttributeValue.Ref(speakerId)), AnnotationStatus.SUGGESTED, ""));
		}
		// a proposal with a date and one point
		int proposal = text.indexOf("proposal");
		if (proposal >= 0) {
			String proposalId = "a" + ++n;
			annotations.add(annotation(proposalId, "proposal", text, List.of(span(text, proposal, proposal + 8)), "ana",
					attrs("date", new AttributeValue.Date(LocalDate.of(2026, 1, 5)), "points",
							new AttributeValue.Number(BigDecimal.ONE)),
					AnnotationStatus.ACCEPTED, ""));
			int pointStart = sentenceEnd(text, proposal) + 1;
			int pointEnd = Math.min(text.length(), pointStart + 40);
			String pointId = "a" + ++n;
			annotations.add(annotation(pointId, "proposal-point", text, List.of(span(text, pointStart, pointEnd)),
					"ana", attrs("ordinal", new AttributeValue.Number(BigDecimal.ONE)), AnnotationStatus.ACCEPTED, ""));
			relations.add(new Relation("r2", "point-of", pointId, proposalId));
		}
		// a discontinuous claim: two pieces of the second line
		int second = text.indexOf('\n', 5) + 1;
		if (second > 0 && second + 30 < text.length()) {
			annotations.add(annotation("a" + ++n, "claim", text,
					List.of(span(text, second, second + 6), span(text, second + 12, second + 20)), "ana",
					attrs("stance", new AttributeValue.Text("disputed")), AnnotationStatus.ACCEPTED, ""));
		}
		return AnnotationSet.of("ana", document.id(), document.sha256(), annotations, relations);
	}

	private static AnnotationSet ben(Document document) {
		String text = document.text();
		List<Annotation> annotations = new ArrayList<>();
		int start = firstLetter(text);
		int end = sentenceEnd(text, start);
		annotations.add(annotation("a1", "claim", text, List.of(span(text, start, end)), "ben",
				attrs("stance", new AttributeValue.Text("endorsed")), AnnotationStatus.ACCEPTED, ""));
		Matcher number = NUMBER.matcher(text);
		int k = 1;
		while (number.find() && k < 4) {
			annotations.add(annotation("a" + ++k, "statistic", text, List.of(span(text, number.start(), number.end())),
					"ben", attrs("value", new AttributeValue.Number(new BigDecimal(number.group().replaceAll("[^0-9.]", ""))),
							"unit", new AttributeValue.Text("percent")),
					AnnotationStatus.ACCEPTED, ""));
		}
		return AnnotationSet.of("ben", document.id(), document.sha256(), annotations, List.of());
	}

	private static Span span(String text, int start, int end) {
		int s = start;
		int e = end;
		if (Character.isLowSurrogate(text.charAt(s))) {
			s--;
		}
		if (e < text.length() && Character.isLowSurrogate(text.charAt(e))) {
			e++;
		}
		return Span.of(text, s, e);
	}

	private static int firstLetter(String text) {
		int i = 0;
		while (i < text.length() && !Character.isLetter(text.codePointAt(i))) {
			i++;
		}
		return i;
	}

	private static int sentenceEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '.' || c == '。' || c == '\n' || c == '\r') {
				return c == '.' || c == '。' ? i + 1 : i;
			}
		}
		return text.length();
	}

	private static SortedMap<String, AttributeValue> attrs(Object... pairs) {
		SortedMap<String, AttributeValue> map = new TreeMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			AttributeValue value = (AttributeValue) pairs[i + 1];
			if (!(value instanceof AttributeValue.Text t) || !t.value().isEmpty()) {
				map.put((String) pairs[i], value);
			}
		}
		return map;
	}

	private static Annotation annotation(String id, String type, String text, List<Span> spans, String annotator,
			SortedMap<String, AttributeValue> attributes, AnnotationStatus status, String note) {
		Instant at = T0.plusSeconds(Integer.parseInt(id.substring(1)) * 61L);
		return new Annotation(id, type, spans, attributes, annotator, at, at.plusMillis(250), note, status, false);
	}
}
