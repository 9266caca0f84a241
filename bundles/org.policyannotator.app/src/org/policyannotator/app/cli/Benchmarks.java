package org.policyannotator.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Finds the benchmarks of {@code bench}. They ship in their own bundle ({@code org.policyannotator.bench}), which the
 * product runs when it is present: each bundle that lists {@link Benchmark} implementations in
 * {@code META-INF/services/org.policyannotator.app.cli.Benchmark} contributes them. On the plain class path the
 * launcher uses, the class path is searched; inside the OSGi framework, every resolved bundle with that file.
 * Without such a bundle {@code bench} has no benchmarks, and the rest of the command line is unchanged.
 */
public final class Benchmarks {
	static final String SERVICE_FILE = "META-INF/services/" + Benchmark.class.getName();

	private Benchmarks() {
	}

	/** The benchmarks found, in the order their bundles list them; none when no bench bundle is present. */
	public static List<Benchmark> found() {
		Bundle self = FrameworkUtil.getBundle(Benchmarks.class);
		if (self == null || self.getBundleContext() == null) {
			return load(Benchmarks.class.getClassLoader());
		}
		List<Benchmark> found = new ArrayList<>();
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (bundle.getEntry(SERVICE_FILE) == null) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null && wiring.getClassLoader() != null) {
				found.addAll(load(wiring.getClassLoader()));
			}
		}
		return found;
	}

	private static List<Benchmark> load(ClassLoader loader) {
		List<Benchmark> found = new ArrayList<>();
		ServiceLoader.load(Benchmark.class, loader).forEach(found::add);
		return found;
	}
}
