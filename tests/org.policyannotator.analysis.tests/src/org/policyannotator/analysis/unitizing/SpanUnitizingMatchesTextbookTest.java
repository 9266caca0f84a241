package org.policyannotator.analysis.unitizing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.analysis.corpus.AnnotatedDocument;
import org.policyannotator.analysis.corpus.CorpusAgreementReport;
import org.policyannotator.analysis.corpus.SpanAgreement;
import org.policyannotator.analysis.unitizing.TextbookUnitizingAlpha.Figures;
import org.policyannotator.analysis.unitizing.TextbookUnitizingAlpha.Seg;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;

/**
 * Corpus unitizing alpha (documents as continua in UTF-16 units, tag types as categories) equals the textbook
 * pairwise formula on the same segments, for three annotators on two sample articles.
 */
class SpanUnitizingMatchesTextbookTest {

	@Test
	void corpusUnitizingAlphaPerTypeAndOverallEqualsTheTextbookFormula() {
		Document d0 = SampleTexts.document("d0", "000");
		Document d4 = SampleTexts.document("d4", "004");
		List<AnnotatedDocument> documents = List.of(
				new AnnotatedDocument(d0, sets(
						Tagger.on(d0, "ana").tag("claim", "Strengthening people-to-people ties, particularly among Gen Z,"
								+ " is vital for the continued enhancement of China-South Korea relations")
								.tag("speaker", "Chen Xin").set(),
						Tagger.on(d0, "ben").tag("claim", "people-to-people ties, particularly among Gen Z, is vital")
								.tag("speaker", "Chen Xin, deputy director of NIIS CASS").set(),
						Tagger.on(d0, "cy").tag("speaker", "Chen Xin").tag("speaker", "Piao Guanghai").set())),
				new AnnotatedDocument(d4, sets(
						Tagger.on(d4, "ana").tag("statistic", "approximately 200 leading South Korean business figures")
								.tag("claim", "Economic ties between China and South Korea are close").set(),
						Tagger.on(d4, "ben").tag("statistic", "200 leading South Korean business figures").set(),
						Tagger.on(d4, "cy").tag("statistic", "approximately 200")
								.tag("claim", "Economic ties between China and South Korea are close, with deeply"
										+ " integrated industrial and supply chains")
								.set())));
		List<String> types = List.of("claim", "statistic", "speaker");
		CorpusAgreementReport report = SpanAgreement.compute(documents, List.of("ana", "ben", "cy"), types,
				List.of());

		List<Seg> segments = new ArrayList<>();
		Map<String, Integer> continua = new LinkedHashMap<>();
		for (AnnotatedDocument d : documents) {
			continua.put(d.id(), d.document().text().length());
			for (AnnotationSet set : d.sets().values()) {
				for (Annotation a : set.annotations()) {
					for (Span s : a.spans()) {
						segments.add(new Seg(set.annotator(), d.id(), s.start(), s.end(), a.type()));
					}
				}
			}
		}
		Map<String, Figures> textbook = TextbookUnitizingAlpha.compute(List.of("ana", "ben", "cy"), continua, segments);
		double observed = 0;
		double expected = 0;
		for (String type : types) {
			Figures f = textbook.get(type);
			observed += f.observed();
			expected += f.expected();
			assertEquals(f.alpha(), report.overall().byType().get(type).unitizingAlpha().value().getAsDouble(), 1e-9,
					type);
		}
		assertEquals(1 - observed / expected, report.overall().allTypes().unitizingAlpha().value().getAsDouble(),
				1e-9);
	}

	private static Map<String, AnnotationSet> sets(AnnotationSet... sets) {
		Map<String, AnnotationSet> map = new TreeMap<>();
		for (AnnotationSet s : sets) {
			map.put(s.annotator(), s);
		}
		return map;
	}
}
