package org.policyannotator.importer.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The policy briefs the PDF tests read: written with {@link BriefLayout} in the layouts real briefs come in. */
final class PolicyBriefs {
	private PolicyBriefs() {
	}

	/**
	 * A five-page brief: full-width title, byline and summary over two columns; ligatures, soft hyphens, raised note
	 * marks, a table inside a column, running headers with page numbers on the outer edge, and a landscape page.
	 */
	static BriefLayout exportControls() {
		try {
			BriefLayout b = new BriefLayout().newPage(false);
			b.full("Rethinking export controls for a fragmented economy", true);
			b.full("Mira Okafor and Daniel Brandt", false);
			b.full("Summary: export controls have moved from a narrow list of military goods to broad technology "
					+ "categories, and the ﬁnancial ﬂows that follow them are harder to trace than ever.", false);
			b.twoColumns();
			b.heading("1 From lists to categories");
			b.paragraph("For three decades export controls were a matter of speciﬁc items on agreed lists. "
					+ "Ofﬁcials in each capital checked licences against those lists, and the multilateral regimes "
					+ "kept them in step.^1 That consensus has weakened since 2018.");
			b.note("Wassenaar Arrangement, Public Documents, Vol. I, 2023 edition.");
			b.paragraph("Today the largest economies deﬁne controls by technology category rather than by item, "
					+ "and they do so unilaterally. The ﬂexibility this gives regu\u00ADlators comes at a price: "
					+ "ﬁrms cannot know in advance whether a product falls under a rule.^2");
			b.note("Interviews with compliance ofﬁcers, Berlin and Seoul, March 2025.");
			b.paragraph("Three developments stand out. First, the scope of controls now reaches software and "
					+ "services. Second, the extraterritorial reach of the rules has grown. Third, enforcement "
					+ "relies increasingly on ﬁnancial intermediaries rather than customs authorities.");
			b.heading("2 What the numbers show");
			b.paragraph("Table 1 compares the number of controlled items and the year in which category-based "
					+ "rules were introduced in each jurisdiction.");
			b.table(new float[] { 0, 110, 170 }, new String[] { "Jurisdiction", "Items", "Since" },
					new String[] { "United States", "1,240", "2018" }, new String[] { "European Union", "980", "2021" },
					new String[] { "Japan", "610", "2023" });
			for (int i = 0; i < 5; i++) {
				b.paragraph(FILLER[i % FILLER.length]);
			}
			b.newPage(true);
			b.heading("Table 2 Licence decisions by sector, 2020 to 2024");
			b.table(new float[] { 0, 200, 300, 400, 500 }, new String[] { "Sector", "2020", "2022", "2024", "Change" },
					new String[] { "Semiconductors", "1,120", "1,860", "2,430", "+117%" },
					new String[] { "Aerospace", "640", "700", "720", "+13%" },
					new String[] { "Telecommunications", "410", "530", "690", "+68%" });
			b.paragraph("Licence decisions for semiconductors more than doubled over the period, while aerospace, "
					+ "long the core of the regimes, barely changed.");
			b.newPage(false).twoColumns();
			b.heading("3 Recommendations");
			for (int i = 0; i < 40; i++) {
				b.paragraph(FILLER[(i + 2) % FILLER.length]);
			}
			b.paragraph("Finally, governments should publish the reasoning behind category decisions, so that ﬁrms "
					+ "and their ﬁnanciers can plan.^3");
			b.note("See the Council's conclusions on economic security of 14 May 2025.");
			return b;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static final String[] FILLER = {
			"Compliance costs fall unevenly. Large ﬁrms maintain dedicated teams and screening software, while "
					+ "small suppliers learn of a new rule only when a shipment is stopped at the border.",
			"A second concern is predictability. When a category is deﬁned by performance thresholds, an upgrade "
					+ "to a product can move it across the line without any change in its intended use.",
			"Coordination among allies has so far been ad hoc. Bilateral understandings have ﬁlled part of the gap "
					+ "left by the multilateral regimes, but they are not published and cannot be relied upon.",
			"The ﬁnancial sector has become an unwilling enforcer. Banks screening payments for sanctioned "
					+ "parties now also check whether the underlying goods are controlled, which slows legitimate trade.",
			"Governments should therefore agree on common deﬁnitions for the most important categories, review "
					+ "them every two years, and give ﬁrms a single point of contact for questions of scope." };
}
