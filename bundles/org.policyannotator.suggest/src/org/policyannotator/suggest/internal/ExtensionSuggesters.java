package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.policyannotator.suggest.Suggester;

/** Reads contributed suggesters from the extension registry (only loaded when the registry bundle is there). */
public final class ExtensionSuggesters {

	private ExtensionSuggesters() {
	}

	/** The suggesters contributed to {@code point}; none when no registry runs. Broken ones are skipped. */
	public static List<Suggester> load(String point) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<Suggester> suggesters = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(point)) {
			try {
				if (element.createExecutableExtension("class") instanceof Suggester suggester) {
					suggesters.add(suggester);
				}
			} catch (CoreException | RuntimeException e) {
				System.err.println("suggest: cannot load suggester " + element.getAttribute("class") + " of "
						+ element.getContributor().getName() + ": " + e.getMessage());
			}
		}
		return suggesters;
	}
}
