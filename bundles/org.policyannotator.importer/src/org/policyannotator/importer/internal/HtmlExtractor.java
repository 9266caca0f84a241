package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.policyannotator.importer.ArticleMetadata;

/**
 * Extracts the article from an HTML page. Tries, in order: {@code [itemprop=articleBody]}; the {@code <article>}
 * that holds the most text (with the other entries of its feed when it is a post of a live blog); the best block by content scoring ({@link ContentScorer}); the JSON-LD
 * {@code articleBody} when the page itself has less text (pages rendered by scripts); the whole body. A PDF shown as
 * HTML page by page (pdf2htmlEX) is read line by line as the PDF it was ({@link PdfViewerPages}). The first
 * rule that yields a substantial text wins; the rule's name goes into the provenance. A standfirst under the headline
 * outside the chosen containers ({@link Standfirst}) goes first. Parses the given string only:
 * nothing is fetched and no script runs.
 */
public final class HtmlExtractor {
	/** Below this weight (about two sentences) a rule's result does not count as an article. */
	static final int MIN_ARTICLE_WEIGHT = 140;
	/** Queries parsed once (jsoup parses a query given as a string anew at every call). */
	private static final Evaluator RUBY = QueryParser.parse("rt, rp");
	private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
	private static final Evaluator ARTICLES = QueryParser.parse("article, [role=article]");

	/** The most link text a section of a story split over sibling articles may have: more is a list of teasers. */
	private static final double MAX_PART_LINK_DENSITY = 0.3;
	/** What a story of its own has and a section of one does not: a headline, a date. */
	private static final Evaluator STORY_OF_ITS_OWN = QueryParser.parse("h1, time");

	private HtmlExtractor() {
	}

	/** Extracts text and metadata from a decoded page. */
	public static Extraction extract(String html) {
		Document doc = Jsoup.parse(html, "", Parser.htmlParser());
		doc.select(RUBY).remove(); // ruby readings (furigana, pinyin) are not part of the sentence
		JsonLd jsonLd = JsonLd.of(doc);
		ArticleMetadata metadata = MetadataExtractor.extract(doc, jsonLd);
		Element body = doc.body();
		Optional<String> title = metadata.title();
		Optional<List<Block>> pdfPages = PdfViewerPages.paragraphs(body);
		if (pdfPages.isPresent()) {
			return Extraction.of(TextJoiner.join(ParagraphFilter.filter(pdfPages.get())), metadata, "pdf-viewer-pages");
		}
		BoilerplateRemover.removeNonContent(body);
		BoilerplateRemover.removePageFurniture(body, DomStats.of(body));
		DomStats stats = DomStats.of(body);
		Optional<ContentScorer.Candidate> scored = ContentScorer.best(body, stats);
		int scoredWeight = scored.map(c -> c.blocks().stream().mapToInt(stats::weight).sum()).orElse(0);

		List<Attempt> attempts = new ArrayList<>();
		List<Element> bodies = outermost(body.select(ARTICLE_BODY));
		if (!bodies.isEmpty() && agrees(bodies, stats, scored, scoredWeight)) {
			attempts.add(new Attempt("itemprop-articleBody", bodies));
		}
		bestArticle(body, stats, scored, scoredWeight).ifPresent(a -> attempts.add(new Attempt("article-element", a)));
		scored.filter(c -> stats.weight(c.top()) >= MIN_ARTICLE_WEIGHT)
				.ifPresent(c -> attempts.add(new Attempt("density:" + ContentScorer.describe(c.top()), c.blocks())));
		Optional<String> ldBody = jsonLd.articleBody();

		for (Attempt attempt : attempts) {
			TextJoiner.Joined joined = assemble(withStandfirst(body, withNotes(body, withHeadings(attempt.elements())), stats, title), title);
			if (TextNormalizer.weight(joined.text()) >= MIN_ARTICLE_WEIGHT && !ldBodyIsMuchLonger(ldBody, joined.text())) {
				if (!Prose.holdsMost(joined.text(), body)) {
					Optional<TextJoiner.Joined> wider = proseContainer(body, stats, title, joined);
					if (wider.isPresent()) {
						return Extraction.of(wider.get(), metadata, "prose-container");
					}
				}
				return Extraction.of(joined, metadata, attempt.rule());
			}
		}
		if (ldBody.isPresent()) {
			TextJoiner.Joined joined = JsonLdBody.paragraphs(ldBody.get());
			if (!joined.text().isEmpty()) {
				return Extraction.of(joined, metadata, "json-ld");
			}
		}
		for (Attempt attempt : attempts) {
			TextJoiner.Joined joined = assemble(withStandfirst(body, withNotes(body, withHeadings(attempt.elements())), stats, title), title);
			if (!joined.text().isEmpty()) {
				return Extraction.of(joined, metadata, attempt.rule());
			}
		}
		return Extraction.of(assemble(List.of(body), title), metadata, "whole-body-fallback");
	}

	/**
	 * The text of the element that holds most of the page's prose, when it is longer than {@code joined}: the article
	 * whose containers were taken one part for the whole.
	 */
	private static Optional<TextJoiner.Joined> proseContainer(Element body, DomStats stats, Optional<String> title,
			TextJoiner.Joined joined) {
		return Prose.container(body).map(c -> assemble(withStandfirst(body, List.of(c), stats, title), title))
				.filter(wider -> TextNormalizer.weight(wider.text()) > TextNormalizer.weight(joined.text()));
	}

	private static boolean ldBodyIsMuchLonger(Optional<String> ldBody, String text) {
		return ldBody.map(b -> TextNormalizer.weight(b) > 2 * TextNormalizer.weight(text) + 400).orElse(false);
	}

	/** The {@code <article>} with the most text that is not links, with the other entries of its feed (a live blog). */
	private static Optional<List<Element>> bestArticle(Element body, DomStats stats, Optional<ContentScorer.Candidate> scored,
			int scoredWeight) {
		Element best = null;
		double bestValue = 0;
		List<Element> articles = outermost(body.select(ARTICLES));
		for (Element article : articles) {
			double value = stats.weight(article) * (1 - stats.linkDensity(article));
			if (value > bestValue) {
				best = article;
				bestValue = value;
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		List<Element> parts = partsOfOneStory(best, articles, stats);
		List<Element> entries = parts.size() > 1 ? parts : LiveBlogEntries.of(best, stats);
		if (entries.stream().mapToInt(stats::weight).sum() < MIN_ARTICLE_WEIGHT) {
			return Optional.empty();
		}
		return agrees(entries, stats, scored, scoredWeight) ? Optional.of(entries) : Optional.empty();
	}

	/**
	 * The sections of one story that a page marks as sibling {@code <article>} elements, each in a wrapper of the same
	 * kind ("div.mod.mod-text > article", one per section of a government release): the articles like {@code best}
	 * (same tag and class, wrappers of the same tag sharing a class, the same container around them), each of prose
	 * rather than links and without a headline or a date of its own (the next story of an endless page), in page order;
	 * just {@code best} when there are no others.
	 */
	private static List<Element> partsOfOneStory(Element best, List<Element> articles, DomStats stats) {
		Element wrapper = best.parent();
		Element container = wrapper == null ? null : wrapper.parent();
		if (container == null || articles.size() < 2) {
			return List.of(best);
		}
		List<Element> parts = new ArrayList<>();
		for (Element a : articles) {
			Element w = a.parent();
			if (a == best || w != null && w.parent() == container && a.normalName().equals(best.normalName())
					&& a.className().equals(best.className()) && w.normalName().equals(wrapper.normalName())
					&& !java.util.Collections.disjoint(w.classNames(), wrapper.classNames())
					&& stats.linkDensity(a) < MAX_PART_LINK_DENSITY && a.selectFirst(STORY_OF_ITS_OWN) == null) {
				parts.add(a);
			}
		}
		return parts;
	}

	/**
	 * Whether semantically marked elements are the article the scoring found, or hold at least half as much text:
	 * a marked-up teaser or summary must not win over the real body elsewhere on the page.
	 */
	private static boolean agrees(List<Element> marked, DomStats stats, Optional<ContentScorer.Candidate> scored,
			int scoredWeight) {
		if (scored.isEmpty()) {
			return true;
		}
		Element top = scored.get().top();
		int weight = 0;
		for (Element e : marked) {
			if (e == top || isAncestor(e, top) || isAncestor(top, e)) {
				return true;
			}
			weight += stats.weight(e);
		}
		return weight * 2 >= scoredWeight;
	}

	private static boolean isAncestor(Element ancestor, Element e) {
		for (Element p = e.parent(); p != null; p = p.parent()) {
			if (p == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The elements of {@code elements} that are not inside another of them. */
	private static List<Element> outermost(List<Element> elements) {
		Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
		all.addAll(elements);
		List<Element> out = new ArrayList<>();
		for (Element e : elements) {
			boolean nested = false;
			for (Element p = e.parent(); p != null && !nested; p = p.parent()) {
				nested = all.contains(p);
			}
			if (!nested) {
				out.add(e);
			}
		}
		return out;
	}

	/**
	 * The article's containers with the heading right before each of them when the article is split into sections
	 * ("<section><h2>1. Main points</h2><div class=markdown>...</div></section>" for each section): the scoring picks
	 * the text containers, the headings beside them belong to the article too.
	 */
	private static List<Element> withHeadings(List<Element> elements) {
		if (elements.size() < 2) {
			return elements;
		}
		Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
		chosen.addAll(elements);
		List<Element> out = new ArrayList<>(elements.size() * 2);
		for (Element e : elements) {
			Element heading = wrappedHeading(outermostWrapper(e).previousElementSibling());
			if (heading != null && heading.normalName().matches("h[2-4]") && !chosen.contains(heading)
					&& !heading.text().isBlank()) {
				out.add(heading);
			}
			out.add(e);
		}
		return out;
	}

	/** {@code e}, or the outermost of up to three wrappers around it that hold nothing else ("block-text > rich-text"). */
	private static Element outermostWrapper(Element e) {
		Element outer = e;
		for (int up = 0; up < 3 && outer.parent() != null && outer.parent().childrenSize() == 1
				&& outer.parent().ownText().isBlank() && !"body".equals(outer.parent().normalName()); up++) {
			outer = outer.parent();
		}
		return outer;
	}

	/**
	 * {@code e}, or the one heading it wraps and nothing else ("<div class=block-heading><h2>Notes to editors</h2>"
	 * between the blocks of a page built from components).
	 */
	private static Element wrappedHeading(Element e) {
		if (e != null && e.childrenSize() == 1 && "div".equals(e.normalName()) && e.child(0).normalName().matches("h[2-4]")
				&& e.ownText().isBlank()) {
			return e.child(0);
		}
		return e;
	}

	/**
	 * The article's containers and, after them, the list of notes their note marks point to when it stands outside
	 * them ("<sup><a href=#footnote-1>1</a></sup>" in the text, "<section class=footnotes><ol><li id=footnote-1>"
	 * after a banner): the notes are the article's, as the PDF import keeps them after the body.
	 */
	private static List<Element> withNotes(Element body, List<Element> elements) {
		Element notes = null;
		for (Element e : elements) {
			for (Element link : e.select("sup a[href^=#]")) {
				String id = link.attr("href").substring(1);
				Element target = id.isBlank() ? null : body.getElementById(id); // "<a href=#>" points nowhere
				if (target == null || elements.stream().anyMatch(c -> c == target || isAncestor(c, target))) {
					continue;
				}
				Element list = target.parent();
				if (list == null || list == body) {
					continue;
				}
				Element box = list.parent() != null && list.parent() != body && list.parent().children().size() <= 3
						? list.parent() : list; // the list with its "Notes" heading
				if (elements.stream().anyMatch(c -> isAncestor(box, c))) {
					continue;
				}
				notes = box;
				break;
			}
			if (notes != null) {
				break;
			}
		}
		if (notes == null) {
			return elements;
		}
		List<Element> out = new ArrayList<>(elements);
		out.add(notes);
		return out;
	}

	/** The article's containers, after the standfirst under the headline when they do not hold it. */
	private static List<Element> withStandfirst(Element body, List<Element> elements, DomStats stats,
			Optional<String> title) {
		Optional<Element> standfirst = Standfirst.find(body, elements, stats, title);
		if (standfirst.isEmpty()) {
			return elements;
		}
		List<Element> all = new ArrayList<>(elements.size() + 1);
		all.add(standfirst.get());
		all.addAll(elements);
		return all;
	}

	/** The text of the containers, without page furniture and without the labels set above the headline. */
	private static TextJoiner.Joined assemble(List<Element> elements, Optional<String> title) {
		List<Element> copies = new ArrayList<>();
		for (Element e : elements) {
			Element copy = e.clone();
			BoilerplateRemover.cleanContainer(copy, DomStats.of(copy));
			copies.add(copy);
		}
		List<Block> blocks = ParagraphFilter.filter(TextAssembler.paragraphs(copies));
		return TextJoiner.join(title.map(t -> Headlines.withoutLinesAbove(blocks, t)).orElse(blocks));
	}

	private record Attempt(String rule, List<Element> elements) {
	}
}
