package org.policyannotator.ui.preferences;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.AnnotatorIdentity;

/**
 * The colour and key of each tag type as this user sees them: the schema's, unless the user chose others in the
 * preferences (kept per user, so a shared corpus is never changed by one person's taste). Keys are 1-9.
 */
public final class TagAppearance {
	private static final String COLOUR = "tag.%s.colour";
	private static final String KEY = "tag.%s.key";

	private TagAppearance() {
	}

	/** The colour as 0xRRGGBB. */
	public static int rgb(TagType type) {
		String chosen = preferences().get(String.format(COLOUR, type.id()), "");
		if (chosen.matches("#[0-9a-fA-F]{6}")) {
			return Integer.parseInt(chosen.substring(1), 16);
		}
		return type.rgb();
	}

	/** The key that tags with this type, or "" for none. */
	public static String key(TagType type) {
		return preferences().get(String.format(KEY, type.id()), type.key());
	}

	/** The tag type of the schema that the key tags with. */
	public static Optional<TagType> typeForKey(Schema schema, String key) {
		return schema.tagTypes().stream().filter(t -> key.equals(key(t))).findFirst();
	}

	/** Chooses a colour (0xRRGGBB) and a key ("" for none, else 1-9) for a tag type. */
	public static void choose(String typeId, int rgb, String key) {
		if (!key.isEmpty() && !key.matches("[1-9]")) {
			throw new IllegalArgumentException("a tag key is one of 1-9, not " + key);
		}
		IEclipsePreferences preferences = preferences();
		preferences.put(String.format(COLOUR, typeId), String.format("#%06x", rgb & 0xffffff));
		preferences.put(String.format(KEY, typeId), key);
		flush(preferences);
	}

	/** Goes back to the schema's colour and key. */
	public static void reset(String typeId) {
		IEclipsePreferences preferences = preferences();
		preferences.remove(String.format(COLOUR, typeId));
		preferences.remove(String.format(KEY, typeId));
		flush(preferences);
	}

	private static void flush(IEclipsePreferences preferences) {
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("Could not save the tag colours: " + e.getMessage(), e);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(AnnotatorIdentity.PREFERENCE_NODE);
	}
}
