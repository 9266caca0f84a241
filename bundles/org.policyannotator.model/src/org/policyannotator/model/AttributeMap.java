package org.policyannotator.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable sorted map of attribute values kept in two arrays: an annotation has few attributes, and a corpus has a
 * million annotations, so this saves memory and time against a TreeMap. Equal to any map with the same entries.
 */
final class AttributeMap extends AbstractMap<String, AttributeValue> implements SortedMap<String, AttributeValue> {
	private final String[] keys;
	private final AttributeValue[] values;

	private AttributeMap(String[] keys, AttributeValue[] values) {
		this.keys = keys;
		this.values = values;
	}

	/** An immutable sorted copy of {@code map}; rejects null keys and values. */
	static SortedMap<String, AttributeValue> copyOf(Map<String, AttributeValue> map) {
		if (map instanceof AttributeMap) {
			return (AttributeMap) map;
		}
		if (map.isEmpty()) {
			return Collections.emptySortedMap();
		}
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Map.Entry<String, AttributeValue>[] entries = map.entrySet().toArray(new Map.Entry[0]);
		if (!(map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null)) {
			Arrays.sort(entries, Map.Entry.comparingByKey());
		}
		String[] keys = new String[entries.length];
		AttributeValue[] values = new AttributeValue[entries.length];
		for (int i = 0; i < entries.length; i++) {
			keys[i] = entries[i].getKey();
			values[i] = entries[i].getValue();
			if (keys[i] == null || values[i] == null) {
				throw new IllegalArgumentException("attribute names and values must not be null");
			}
			if (i > 0 && keys[i].equals(keys[i - 1])) {
				throw new IllegalArgumentException("attribute " + keys[i] + " is given twice");
			}
		}
		return new AttributeMap(keys, values);
	}

	private int indexOf(Object key) {
		return key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
	}

	@Override
	public AttributeValue get(Object key) {
		int i = indexOf(key);
		return i >= 0 ? values[i] : null;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public int size() {
		return keys.length;
	}

	@Override
	public Set<Map.Entry<String, AttributeValue>> entrySet() {
		return new AbstractSet<>() {
			@Override
			public Iterator<Map.Entry<String, AttributeValue>> iterator() {
				return new Iterator<>() {
					private int next;

					@Override
					public boolean hasNext() {
						return next < keys.length;
					}

					@Override
					public Map.Entry<String, AttributeValue> next() {
						if (next >= keys.length) {
							throw new NoSuchElementException();
						}
						int i = next++;
						return new SimpleImmutableEntry<>(keys[i], values[i]);
					}
				};
			}

			@Override
			public int size() {
				return keys.length;
			}
		};
	}

	@Override
	public Comparator<? super String> comparator() {
		return null;
	}

	@Override
	public SortedMap<String, AttributeValue> subMap(String fromKey, String toKey) {
		return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
	}

	@Override
	public SortedMap<String, AttributeValue> headMap(String toKey) {
		return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
	}

	@Override
	public SortedMap<String, AttributeValue> tailMap(String fromKey) {
		return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
	}

	@Override
	public String firstKey() {
		return keys[0];
	}

	@Override
	public String lastKey() {
		return keys[keys.length - 1];
	}
}
