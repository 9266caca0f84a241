package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.testing.FuzzFindings;
import org.policyannotator.testing.Mutations;

/**
 * Fuzzing of the article import: mutations of every HTML, text and Markdown fixture (see {@link Mutations}) must be
 * imported or refused with an {@link ImportException} naming the file, never another exception or a hang. An input
 * that breaks this is written under {@code target/fuzz-findings/}.
 */
class ImportFuzzTest {

	@Test
	void htmlPages() throws Exception {
		fuzz("html", seeds("html"), "page.html");
	}

	@Test
	void textAndMarkdownFiles() throws Exception {
		List<byte[]> seeds = seeds("text");
		fuzz("text", seeds, "article.txt");
		fuzz("markdown", seeds, "article.md");
	}

	private static List<byte[]> seeds(String folder) throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(Fixtures.path(folder))) {
			for (Path file : files) {
				seeds.add(Files.readAllBytes(file));
			}
		}
		return seeds;
	}

	private static void fuzz(String name, List<byte[]> seeds, String fileName) {
		Mutations mutations = new Mutations(name.hashCode());
		ArticleImporter importer = new ArticleImporter();
		int[] outcomes = new int[2];
		assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
			for (int i = 0; i < Mutations.BUDGET; i++) {
				byte[] input = mutations.mutate(seeds.get(i % seeds.size()));
				try {
					importer.importBytes(input, fileName);
					outcomes[0]++;
				} catch (ImportException e) {
					outcomes[1]++;
					if (!e.getMessage().startsWith(fileName + ": ")) {
						failWith(name, i, input, "the message does not start with the file: " + e.getMessage(), e);
					}
				} catch (RuntimeException | StackOverflowError e) {
					failWith(name, i, input, "not a clear error", e);
				}
			}
		}, name + ": the import hung");
		assertTrue(outcomes[0] > 0, name + ": nothing was imported; the seeds are broken");
	}

	private static void failWith(String name, int index, byte[] input, String problem, Throwable e) {
		FuzzFindings.fail(name, index, input, problem, e);
	}
}
