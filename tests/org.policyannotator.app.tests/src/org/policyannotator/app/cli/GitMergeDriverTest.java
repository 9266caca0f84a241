package org.policyannotator.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * The merge driver under real Git: a corpus in a repository, two branches that edit the same annotation set, and
 * {@code git merge} with the driver set up as the README says.
 */
class GitMergeDriverTest {
	private static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points. Both met twice.";
	private static final String SET = "annotations/ana/doc.json";

	@TempDir
	Path repo;
	private Corpus corpus;

	@BeforeEach
	void aCorpusUnderGit() throws Exception {
		Assumptions.assumeTrue(git("--version").exitCode == 0, "git is not installed");
		corpus = Corpus.create(repo, "news", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "Talks", TEXT));
		AnnotationSet set = corpus.loadSet("ana", "doc");
		set.add(tag(set.newId(), "speaker", "Xi"));
		set.add(tag(set.newId(), "statistic", "24.5 percent"));
		corpus.saveSet(set);
		Files.writeString(repo.resolve(".gitattributes"), "annotations/**/*.json merge=policyannotator\n");
		String driver = "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
				+ PlainClassPathTest.plainClassPath() + "' " + Main.class.getName() + " git-merge-driver %O %A %B %P";
		for (String[] command : List.of(new String[] { "init", "-q", "-b", "main" },
				new String[] { "config", "user.email", "ana@example.org" }, new String[] { "config", "user.name", "Ana" },
				new String[] { "config", "merge.policyannotator.name", "Policy Annotator annotation sets" },
				new String[] { "config", "merge.policyannotator.driver", driver }, new String[] { "add", "-A" },
				new String[] { "commit", "-q", "-m", "start" }, new String[] { "branch", "other" })) {
			Run run = git(command);
			assertEquals(0, run.exitCode, run.output);
		}
	}

	private static Annotation tag(String id, String type, String quote) {
		int start = TEXT.indexOf(quote);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + quote.length())), "ana", Instant.EPOCH);
	}

	private void commitOn(String branch, java.util.function.Consumer<AnnotationSet> edit) throws Exception {
		assertEquals(0, git("checkout", "-q", branch).exitCode);
		Corpus reopened = Corpus.open(repo);
		AnnotationSet set = reopened.loadSet("ana", "doc");
		edit.accept(set);
		reopened.saveSet(set);
		Run commit = git("commit", "-q", "-am", "edit on " + branch);
		assertEquals(0, commit.exitCode, commit.output);
	}

	private String types() throws IOException {
		return Corpus.open(repo).loadSet("ana", "doc").annotations().stream().map(a -> a.type() + ":" + quote(a))
				.sorted().collect(Collectors.joining(" "));
	}

	private static String quote(Annotation a) {
		return TEXT.substring(a.start(), a.end());
	}

	@Test
	void editsOfTheSameSetOnTwoBranchesMergeWithoutConflict() throws Exception {
		commitOn("other", set -> set.add(tag(set.newId(), "proposal", "four points")));
		commitOn("main", set -> {
			set.add(tag(set.newId(), "claim", "Both met twice"));
			set.remove("a1");
		});
		Run merge = git("merge", "-q", "--no-edit", "other");
		assertEquals(0, merge.exitCode, merge.output);
		String file = Files.readString(repo.resolve(SET));
		assertFalse(file.contains("<<<<<<<"), file);
		assertEquals("claim:Both met twice proposal:four points statistic:24.5 percent", types(),
				"both a3s are kept (theirs renamed), our deletion of a1 holds");
		assertTrue(merge.output.contains("is now"), merge.output);
	}

	@Test
	void aConflictKeepsOursInValidJsonAndTheirsInTheConflictFile() throws Exception {
		commitOn("other", set -> set.update(set.annotation("a2").orElseThrow().withNote("their note", Instant.EPOCH)));
		commitOn("main", set -> set.update(set.annotation("a2").orElseThrow().withType("claim", Instant.EPOCH)));
		Run merge = git("merge", "--no-edit", "other");
		assertNotEquals(0, merge.exitCode, merge.output);
		assertTrue(git("status", "--porcelain").output.contains("UU " + SET));
		assertEquals("claim:24.5 percent speaker:Xi", types(), "the set stays readable, with our version");
		String conflicts = Files.readString(repo.resolve("annotations/ana/.doc.json.conflicts.json"));
		assertTrue(conflicts.contains("their note") && conflicts.contains("\"id\" : \"a2\""), conflicts);
	}

	private Run git(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("git " + List.of(args) + " did not end");
		}
		return new Run(process.exitValue(), output);
	}

	private record Run(int exitCode, String output) {
	}
}
