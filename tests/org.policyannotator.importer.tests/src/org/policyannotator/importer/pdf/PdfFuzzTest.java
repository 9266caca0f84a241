package org.policyannotator.importer.pdf;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.ImportException;
import org.policyannotator.testing.FuzzFindings;
import org.policyannotator.testing.Mutations;

/**
 * Fuzzing of the PDF import: mutated papers (one and two columns) must be imported or refused with an
 * {@link ImportException} naming the file, never another exception or a hang.
 */
class PdfFuzzTest {

	@Test
	void mutatedPapers() {
		List<byte[]> seeds = List.of(PdfImportTest.paper(1, 12).build(), PdfImportTest.paper(2, 12).build());
		Mutations mutations = new Mutations(13);
		ArticleImporter importer = new ArticleImporter();
		assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
			for (int i = 0; i < Mutations.BUDGET / 5; i++) {
				byte[] input = mutations.mutate(seeds.get(i % seeds.size()));
				try {
					importer.importBytes(input, "paper.pdf");
				} catch (ImportException e) {
					if (!e.getMessage().startsWith("paper.pdf: ")) {
						FuzzFindings.fail("pdf", i, input, "the message does not start with the file: " + e.getMessage(), e);
					}
				} catch (RuntimeException | StackOverflowError e) {
					FuzzFindings.fail("pdf", i, input, "not a clear error", e);
				}
			}
		}, "pdf: the import hung");
	}
}
