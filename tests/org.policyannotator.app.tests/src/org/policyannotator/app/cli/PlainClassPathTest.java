package org.policyannotator.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The product's launcher runs commands with {@link Main} on a plain class path of the product's bundles, without
 * the OSGi framework. These tests start a JVM that way, on the bundles of this test run, and check that commands
 * work there as they do inside the framework: output, files written and exit codes.
 */
class PlainClassPathTest {

	@TempDir
	Path temp;

	@Test
	void versionPrintsTheBundleVersion() throws Exception {
		Run run = runMain("version");
		assertEquals(0, run.exitCode, run.err);
		String expected = FrameworkUtil.getBundle(Main.class).getVersion().toString();
		assertTrue(run.out.startsWith("Policy Annotator " + expected), run.out);
	}

	@Test
	void aCorpusIsMadeImportedIntoAndDescribed() throws Exception {
		Path corpus = temp.resolve("corpus");
		Path article = temp.resolve("article.txt");
		Files.writeString(article, "Seoul and Beijing agreed on a four-point proposal.\n\nTrade rose 24.5 percent.\n");
		assertEquals(0, runMain("corpus", "create", corpus.toString()).exitCode);
		Run imported = runMain("import", "--corpus", corpus.toString(), article.toString());
		assertEquals(0, imported.exitCode, imported.err);
		Run info = runMain("corpus", "info", corpus.toString());
		assertEquals(0, info.exitCode, info.err);
		assertTrue(info.out.contains("Documents:   1"), info.out);
	}

	@Test
	void badUsageAndFailuresKeepTheirExitCodes() throws Exception {
		Run unknown = runMain("no-such-command");
		assertEquals(2, unknown.exitCode);
		assertTrue(unknown.err.contains("unknown command 'no-such-command'"), unknown.err);
		Run missing = runMain("corpus", "info", temp.resolve("nowhere").toString());
		assertEquals(1, missing.exitCode, missing.out);
		assertTrue(missing.err.contains("nowhere"), missing.err);
	}

	private Run runMain(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Djava.awt.headless=true");
		command.add("-cp");
		command.add(plainClassPath());
		command.add(Main.class.getName());
		command.addAll(List.of(args));
		Path out = Files.createTempFile(temp, "out", ".txt");
		Path err = Files.createTempFile(temp, "err", ".txt");
		Process process = new ProcessBuilder(command).directory(temp.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the command did not end in 120 s: " + List.of(args));
		}
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Every bundle of this run, ours first, as the launcher orders the product's plugins folder. */
	static String plainClassPath() {
		List<String> ours = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(Main.class).getBundleContext().getBundles()) {
			if (bundle.getBundleId() == 0) {
				continue;
			}
			Optional<File> location = FileLocator.getBundleFileLocation(bundle);
			if (location.isEmpty()) {
				continue;
			}
			String path = location.get().getAbsolutePath();
			(bundle.getSymbolicName().startsWith("org.policyannotator.") ? ours : others).add(path);
			if (location.get().isDirectory()) {
				addNestedJars(location.get(), others);
			}
		}
		ours.addAll(others);
		return String.join(File.pathSeparator, ours);
	}

	private static void addNestedJars(File folder, List<String> into) {
		File[] jars = folder.listFiles((dir, name) -> name.endsWith(".jar"));
		if (jars != null) {
			for (File jar : jars) {
				into.add(jar.getAbsolutePath());
			}
		}
	}

	private record Run(int exitCode, String out, String err) {
	}
}
