package org.policyannotator.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Class names read as tokens: "ad" matches ad slots but not "header", "shadow", "download" or the letters of a generated
 * hash ("sc-6d77a1d1-1").
 */
class ClassHintsTest {

	@ParameterizedTest(name = "class=\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', value = {
			"article-body | 1", "content__article-body js-article__body | 1", "entry-content | 1", "story | 1",
			"Story_body | 1", "ad-slot | -1", "adsbygoogle | -1", "shareBar | -1", "share-tools | -1",
			"related-coverage | -1", "comment-body | -1", "entry-meta | -1", "Story_meta | -1",
			"cookie-consent-banner | -1", "newsletter-signup | -1", "site-footer | -1", "sidebar-content | -1",
			"main-content has-sidebar | 1", "header-shadow | 0", "download-link | 0", "commentary-body | 1",
			"headline | 0", "thread | 0", "sc-6d77a1d1-1 text | 1", "css-1d8a290 | 0", "dfp-ad-mid1 | -1",
			"sc-7a1ad0c9-0 video-block | -1", "img_descr | -1", "col-md-8 | 0", "nyh_feedback__Yu7Gt | -1",
			"yle__article__feedback | -1", "talkbacks | -1", "nx-read-also | -1", "feed | 0" })
	void classTokensGiveHints(String cls, int expected) {
		Element e = Jsoup.parse("<div class=\"" + cls + "\">x</div>").selectFirst("div");
		assertEquals(expected, ClassHints.of(e));
	}
}
