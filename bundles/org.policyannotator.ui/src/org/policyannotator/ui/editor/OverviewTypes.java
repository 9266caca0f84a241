package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.swt.graphics.Color;

/**
 * Which annotation types the overview ruler shows, in which colour and on which layer: an annotation is shown under
 * its own type when that is configured, else under a configured type it is a subtype of (as the annotation access
 * says). What an annotation type resolves to is remembered until the configuration changes.
 */
final class OverviewTypes {
	private static final Object NONE = new Object();

	private final IAnnotationAccess access;
	private final Set<Object> shown = new HashSet<>();
	private final Set<Object> header = new HashSet<>();
	private final Map<Object, Color> colours = new HashMap<>();
	/** Types with a layer, bottom layer first; a type set twice keeps its latest layer. */
	private final List<Object> layered = new ArrayList<>();
	private final Map<Object, Integer> layers = new HashMap<>();
	private final Map<Object, Object> resolved = new HashMap<>();

	OverviewTypes(IAnnotationAccess access) {
		this.access = access;
	}

	synchronized void show(Object type, boolean shownIt) {
		if (shownIt ? shown.add(type) : shown.remove(type)) {
			resolved.clear();
		}
	}

	synchronized void showInHeader(Object type, boolean shownIt) {
		if (shownIt) {
			header.add(type);
		} else {
			header.remove(type);
		}
	}

	synchronized void colour(Object type, Color colour) {
		if (colour == null) {
			colours.remove(type);
		} else {
			colours.put(type, colour);
		}
	}

	synchronized void layer(Object type, int layer) {
		layered.remove(type);
		layers.remove(type);
		if (layer >= 0) {
			int at = 0;
			while (at < layered.size() && layers.get(layered.get(at)) <= layer) {
				at++;
			}
			layered.add(at, type);
			layers.put(type, layer);
		}
	}

	/** The shown types that have a layer, bottom layer first. */
	synchronized List<Object> bottomUp() {
		return layered.stream().filter(shown::contains).toList();
	}

	/** Whether the header may show {@code type}. */
	synchronized boolean inHeader(Object type) {
		return header.contains(type);
	}

	/** The configured type that annotations of {@code annotationType} are shown under, if any. */
	synchronized Optional<Object> shownAs(Object annotationType) {
		Object type = resolved.computeIfAbsent(annotationType, this::resolve);
		return type == NONE ? Optional.empty() : Optional.of(type);
	}

	/** The colour of {@code type}, or of the first of its supertypes that has one. */
	synchronized Optional<Color> colourOf(Object type) {
		Color colour = colours.get(type);
		if (colour == null && access instanceof IAnnotationAccessExtension extension) {
			Object[] supertypes = extension.getSupertypes(type);
			for (int i = 0; supertypes != null && i < supertypes.length && colour == null; i++) {
				colour = colours.get(supertypes[i]);
			}
		}
		return Optional.ofNullable(colour);
	}

	private Object resolve(Object annotationType) {
		if (shown.contains(annotationType)) {
			return annotationType;
		}
		if (access instanceof IAnnotationAccessExtension extension) {
			for (Object type : layered) {
				if (shown.contains(type) && extension.isSubtype(annotationType, type)) {
					return type;
				}
			}
		}
		return NONE;
	}
}
