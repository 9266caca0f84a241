package org.policyannotator.app.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The command line without the OSGi framework: {@code java -cp <the product's plugins> org.policyannotator.app.cli.Main
 * <command> ...}. The product's launcher starts commands this way because a command needs none of what the framework
 * gives (the workbench does): it starts in about a fifth of the time (0.3 s against 1.6 s for {@code version}). The
 * commands are the same objects {@link CommandLineApplication} runs inside the framework.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		Path workingDirectory = Path.of(System.getProperty("policyannotator.cwd", System.getProperty("user.dir")));
		int exitCode = new CommandLine(Subcommands.all(version()), System.out, System.err, workingDirectory).run(args);
		System.out.flush();
		System.err.flush();
		// halt, not exit: since Java 21 System.exit asks for a System.Logger to log the exit, and finding the logging
		// service makes the class loader open every jar of the class path (over 120), which cost each command 0.13 s
		// with the class-data archive and 0.3 s without. The commands are done here: they register no shutdown hooks
		// and leave no file open for writing (a class-data archive being made is still written on halt).
		Runtime.getRuntime().halt(exitCode);
	}

	/** The version of this bundle as its manifest says it (the same one the framework would report). */
	static String version() {
		try {
			Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Manifest manifest = manifestOf(location);
			String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
			return version == null ? "unknown" : version;
		} catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
			return "unknown";
		}
	}

	private static Manifest manifestOf(Path location) throws IOException {
		if (Files.isDirectory(location)) {
			Path file = location.resolve("META-INF/MANIFEST.MF");
			if (!Files.isRegularFile(file)) {
				return null;
			}
			try (var in = Files.newInputStream(file)) {
				return new Manifest(in);
			}
		}
		try (JarFile jar = new JarFile(location.toFile())) {
			return jar.getManifest();
		}
	}
}
