package org.policyannotator.app.startup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The origins of recorded classes in the running framework: a bundle's jar or folder ({@code file:.../plugins/x_1.0.jar},
 * found by its file name among the bundles' locations; a fragment's classes through its host) or the Java runtime.
 */
final class BundleOrigins implements Function<String, Optional<ClassPreloader.Origin>> {
	private static final ClassPreloader.Origin RUNTIME = new ClassPreloader.Origin() {
		@Override
		public Optional<ClassLoader> loader() {
			return Optional.of(ClassLoader.getPlatformClassLoader());
		}

		@Override
		public boolean ready() {
			return true;
		}
	};

	private final Map<String, Bundle> byFileName = new HashMap<>();

	private BundleOrigins(Bundle[] bundles) {
		for (Bundle bundle : bundles) {
			byFileName.put(fileName(bundle.getLocation()), bundle);
		}
	}

	/** The origins among the bundles installed beside the given class's bundle. */
	static BundleOrigins of(Class<?> inBundle) {
		Bundle bundle = FrameworkUtil.getBundle(inBundle);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		return new BundleOrigins(context == null ? new Bundle[0] : context.getBundles());
	}

	@Override
	public Optional<ClassPreloader.Origin> apply(String source) {
		if (new RecordedClass("", source).fromRuntime()) {
			return Optional.of(RUNTIME);
		}
		Bundle bundle = byFileName.get(fileName(source));
		if (bundle == null) {
			return Optional.empty();
		}
		Bundle host = host(bundle);
		return host == null ? Optional.empty() : Optional.of(new BundleOrigin(host));
	}

	/** The bundle whose class loader defines the bundle's classes: itself, or a fragment's host. */
	private static Bundle host(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		if (revision == null || (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
			return bundle;
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		List<BundleWire> hosts = wiring == null ? List.of() : wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE);
		return hosts.isEmpty() ? null : hosts.get(0).getProvider().getBundle();
	}

	/** The last part of a location or URL: a bundle's jar or folder name. */
	static String fileName(String location) {
		String path = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private record BundleOrigin(Bundle bundle) implements ClassPreloader.Origin {
		@Override
		public Optional<ClassLoader> loader() {
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			return Optional.ofNullable(wiring == null ? null : wiring.getClassLoader());
		}

		/**
		 * Started, or never to be started; or waiting for its first class to start it (lazy activation) without an
		 * activator, so that starting it here only marks it started. A bundle with an activator waits for the
		 * workbench, which runs the activator on the thread and at the moment it always did.
		 */
		@Override
		public boolean ready() {
			int state = bundle.getState();
			return state == Bundle.ACTIVE || state == Bundle.RESOLVED
					|| (state == Bundle.STARTING && bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATOR) == null);
		}
	}
}
