package org.policyannotator.app.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

class ClassPreloaderTest {
	private static final String A = "file:/opt/pa/plugins/a_1.0.0.jar";
	private static final String B = "file:/opt/pa/plugins/b_1.0.0.jar";

	@TempDir
	Path dir;

	@Test
	void readsTheClassesAfterTheCallerUntilTheWindowShowed() throws Exception {
		Path list = dir.resolve("workbench.classes");
		Files.writeString(list, String.join("\n",
				"java.lang.Object source: shared objects file",
				"org.example.Early source: " + A,
				"org.example.App source: " + A,
				"java.util.zip.Adler32 source: jrt:/java.base",
				"org.example.View source: " + B,
				"org.example.View$$Lambda/0x0000000035114000 source: org.example.View",
				"jdk.proxy1.$Proxy12 source: __dynamic_proxy__",
				"org.example.Made source: __JVM_LookupDefineClass__",
				"org.example.Menu$1 source: " + A,
				StartupClassList.WindowShown.class.getName() + " source: file:/opt/pa/plugins/org.policyannotator.app.jar",
				"org.example.Later source: " + A, ""), StandardCharsets.UTF_8);

		List<RecordedClass> classes = StartupClassList.read(list, "org.example.App");

		assertEquals(List.of(new RecordedClass("java.util.zip.Adler32", "jrt:/java.base"),
				new RecordedClass("org.example.View", B), new RecordedClass("org.example.Menu$1", A)), classes);
		assertTrue(classes.get(0).fromRuntime());
		assertFalse(classes.get(1).fromRuntime());
	}

	@Test
	void aBundleThatIsNotStartedYetIsWaitedForInTheRecordedOrder() throws Exception {
		RecordingLoader loader = new RecordingLoader();
		AtomicBoolean bStarted = new AtomicBoolean();
		List<String> asked = loader.asked;
		Map<String, TestOrigin> origins = Map.of(A, new TestOrigin(loader, () -> true), B,
				new TestOrigin(loader, () -> {
					if (!bStarted.get()) {
						asked.add("(B not started)");
					}
					return bStarted.get();
				}));
		List<RecordedClass> classes = List.of(new RecordedClass("java.util.zip.Adler32", A),
				new RecordedClass("java.util.zip.CRC32C", B), new RecordedClass("java.util.zip.Deflater", A),
				new RecordedClass("no.such.Clazz", A), new RecordedClass("java.util.zip.Inflater", "file:/elsewhere/c.jar"));
		ClassPreloader preloader = new ClassPreloader(classes, source -> Optional.ofNullable(origins.get(source)), 10_000);
		Thread starter = new Thread(() -> {
			try {
				Thread.sleep(150);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			bStarted.set(true);
		});
		starter.start();

		preloader.run();
		starter.join();

		List<String> order = new ArrayList<>(asked);
		order.removeIf(s -> s.equals("(B not started)"));
		assertEquals(List.of("java.util.zip.Adler32", "java.util.zip.CRC32C", "java.util.zip.Deflater", "no.such.Clazz"),
				order, "in the recorded order; a class of no known bundle is left out");
		int firstB = asked.indexOf("java.util.zip.CRC32C");
		assertTrue(asked.subList(0, firstB).contains("(B not started)"), "B's class waited for B to start: " + asked);
		assertEquals(3, preloader.loaded());
		assertTrue(preloader.report(1).startsWith("class preloader: 3 of 5 classes loaded"), preloader.report(1));
	}

	@Test
	void stopsAtABundleThatNeverStartsSoThatNothingAfterItIsLoaded() {
		RecordingLoader loader = new RecordingLoader();
		Map<String, TestOrigin> origins = Map.of(A, new TestOrigin(loader, () -> true), B,
				new TestOrigin(loader, () -> false));
		List<RecordedClass> classes = List.of(new RecordedClass("java.util.zip.Adler32", A),
				new RecordedClass("java.util.zip.CRC32C", B), new RecordedClass("java.util.zip.Deflater", A));
		ClassPreloader preloader = new ClassPreloader(classes, source -> Optional.ofNullable(origins.get(source)), 50);

		preloader.run();

		assertEquals(List.of("java.util.zip.Adler32"), loader.asked);
		assertTrue(preloader.report(1).contains("stopped at java.util.zip.CRC32C"), preloader.report(1));
	}

	@Test
	void findsABundleByItsFileAndAFragmentsClassesThroughItsHost() throws Exception {
		Bundle self = FrameworkUtil.getBundle(ClassPreloaderTest.class); // this test fragment of the app bundle
		Bundle common = null;
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals("org.eclipse.equinox.common")) {
				common = bundle;
			}
		}
		BundleOrigins origins = BundleOrigins.of(ClassPreloaderTest.class);

		ClassPreloader.Origin fragment = origins.apply("file:/somewhere/else/" + BundleOrigins.fileName(
				self.getLocation())).orElseThrow();
		Class<?> hostClass = Class.forName("org.policyannotator.app.workbench.WorkbenchApplication", false,
				fragment.loader().orElseThrow());
		assertEquals("org.policyannotator.app", FrameworkUtil.getBundle(hostClass).getSymbolicName());
		ClassPreloader.Origin bundle = origins.apply("file:/x/" + BundleOrigins.fileName(common.getLocation()) + "/")
				.orElseThrow();
		assertTrue(bundle.ready(), "org.eclipse.equinox.common is started");
		assertEquals(common, FrameworkUtil.getBundle(Class.forName("org.eclipse.core.runtime.IProgressMonitor", false,
				bundle.loader().orElseThrow())));
		assertTrue(origins.apply("jrt:/java.base").orElseThrow().ready());
		assertTrue(origins.apply("file:/opt/pa/plugins/not.installed_1.0.0.jar").isEmpty());
	}

	/** Delegates to the platform class loader and notes every class asked for. */
	private static final class RecordingLoader extends ClassLoader {
		final List<String> asked = Collections.synchronizedList(new ArrayList<>());

		RecordingLoader() {
			super(ClassLoader.getPlatformClassLoader());
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			asked.add(name);
			return super.loadClass(name, resolve);
		}
	}

	private record TestOrigin(ClassLoader classLoader, java.util.function.BooleanSupplier started)
			implements ClassPreloader.Origin {
		@Override
		public Optional<ClassLoader> loader() {
			return Optional.of(classLoader);
		}

		@Override
		public boolean ready() {
			return started.getAsBoolean();
		}
	}
}
