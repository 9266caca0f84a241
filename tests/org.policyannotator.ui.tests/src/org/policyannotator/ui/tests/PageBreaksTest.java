package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentDetails;
import org.policyannotator.model.Provenance;
import org.policyannotator.ui.editor.AnnotationEditor;

/** A document imported from a PDF shows where its pages begin; other documents show no page breaks. */
class PageBreaksTest {
	private static final String ID = "zz-paged-paper";

	@AfterEach
	void cleanUp() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		if (sampleCorpus().documentIds().contains(ID)) {
			sampleCorpus().removeDocument(ID);
		}
	}

	@Test
	void theEditorMarksTheLineWhereEachPageStarts() throws Exception {
		String text = "Reviewing supply chains\n\nTariffs fell to 2.1 per cent.\n\nThe secretariat shall publish "
				+ "a report.\n\nCritics disagree.";
		int page2 = text.indexOf("Tariffs");
		int page4 = text.indexOf("The secretariat shall") + 4;
		sampleCorpus().addDocument(Document.of(ID, "Paged paper", "", Optional.empty(), "en", text,
				Provenance.manual(), new DocumentDetails("", "", List.of(0, page2, page4, page4))));
		AnnotationEditor editor = open(ID);
		assertEquals(List.of("2@2", "4@4"), editor.pageBreaks(),
				"page 3 has no text and shares its start with page 4; page 4 starts inside line 4");
	}

	@Test
	void aDocumentWithoutPagesShowsNoPageBreaks() throws Exception {
		AnnotationEditor editor = open(AnnotationSteps.DOCUMENT);
		assertEquals(List.of(), editor.pageBreaks());
	}
}
