package org.policyannotator.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The annotations and relations one annotator made on one document. Mutable and thread-safe: every method may be
 * called from any thread; changes are told to {@linkplain #addListener listeners} in the thread that made them,
 * after the change. {@link #annotations()} lists annotations in a stable order (text position, then type, then
 * id), which is also the order in files.
 */
public final class AnnotationSet {
	/** The order of annotations in lists and files. */
	public static final Comparator<Annotation> ORDER = AnnotationSet::compareAnnotations;

	private final String annotator;
	private final String documentId;
	private final Map<String, Annotation> annotations;
	private final Map<String, Relation> relations = new LinkedHashMap<>();
	private final List<AnnotationSetListener> listeners = new CopyOnWriteArrayList<>();
	private String documentSha256;
	private List<Annotation> sortedSnapshot;
	private boolean dirty;
	private Optional<FileStamp> origin = Optional.empty();
	private long nextId = 1;
	private long revision;

	/**
	 * A consistent view of a set at one moment (what is written to disk).
	 *
	 * @param annotations    annotations in {@link AnnotationSet#ORDER}
	 * @param relations      relations ordered by id
	 * @param documentSha256 hash of the text the offsets refer to
	 * @param revision       the set's {@linkplain AnnotationSet#revision() revision} at that moment
	 */
	public record Snapshot(List<Annotation> annotations, List<Relation> relations, String documentSha256,
			long revision) {
	}

	/**
	 * An empty set.
	 *
	 * @param annotator      who annotates (a valid {@link DocumentIds id}: it names a folder)
	 * @param documentId     the document annotated
	 * @param documentSha256 hash of the document text the offsets refer to (empty if unknown)
	 */
	public AnnotationSet(String annotator, String documentId, String documentSha256) {
		this(annotator, documentId, documentSha256, 16);
	}

	private AnnotationSet(String annotator, String documentId, String documentSha256, int expectedSize) {
		// insertion order = file order = sorted order, so sorting a loaded set is one linear pass
		this.annotations = new LinkedHashMap<>(Math.max(16, expectedSize * 4 / 3 + 1));
		this.annotator = DocumentIds.requireValid(annotator);
		this.documentId = DocumentIds.requireValid(documentId);
		this.documentSha256 = Strings.requireNonNull(documentSha256, "documentSha256");
	}

	/**
	 * A set filled with existing content without telling anyone (for readers). Duplicate ids are rejected.
	 */
	public static AnnotationSet of(String annotator, String documentId, String documentSha256,
			Collection<Annotation> annotations, Collection<Relation> relations) {
		AnnotationSet set = new AnnotationSet(annotator, documentId, documentSha256, annotations.size());
		for (Annotation annotation : annotations) {
			if (set.annotations.putIfAbsent(annotation.id(), annotation) != null) {
				throw new IllegalArgumentException("two annotations have the id " + annotation.id());
			}
			set.noteId(annotation.id());
		}
		for (Relation relation : relations) {
			if (set.relations.putIfAbsent(relation.id(), relation) != null) {
				throw new IllegalArgumentException("two relations have the id " + relation.id());
			}
			set.noteId(relation.id());
		}
		return set;
	}

	/** The annotator. */
	public String annotator() {
		return annotator;
	}

	/** The document id. */
	public String documentId() {
		return documentId;
	}

	/** Hash of the document text the offsets refer to (empty if unknown). */
	public synchronized String documentSha256() {
		return documentSha256;
	}

	/** Records that the offsets now refer to the text with hash {@code sha256} (after re-anchoring). */
	public synchronized void setDocumentSha256(String sha256) {
		if (!documentSha256.equals(sha256)) {
			documentSha256 = Strings.requireNonNull(sha256, "sha256");
			dirty = true;
			revision++;
		}
	}

	/** All annotations in {@link #ORDER}; an unmodifiable snapshot. */
	public synchronized List<Annotation> annotations() {
		if (sortedSnapshot == null) {
			Annotation[] array = annotations.values().toArray(new Annotation[0]);
			java.util.Arrays.sort(array, ORDER);
			sortedSnapshot = List.of(array);
		}
		return sortedSnapshot;
	}

	/** Annotations, relations and hash taken together at one moment. */
	public synchronized Snapshot snapshot() {
		return new Snapshot(annotations(), relations(), documentSha256, revision);
	}

	/** A counter that grows with every change. */
	public synchronized long revision() {
		return revision;
	}

	/** All relations ordered by id; an unmodifiable snapshot. */
	public synchronized List<Relation> relations() {
		List<Relation> list = new ArrayList<>(relations.values());
		list.sort(Comparator.comparing(Relation::id, AnnotationSet::compareIds));
		return List.copyOf(list);
	}

	/** Number of annotations. */
	public synchronized int size() {
		return annotations.size();
	}

	/** Whether the set has no annotations and no relations. */
	public synchronized boolean isEmpty() {
		return annotations.isEmpty() && relations.isEmpty();
	}

	/** The annotation with this id, if any. */
	public synchronized Optional<Annotation> annotation(String id) {
		return Optional.ofNullable(annotations.get(id));
	}

	/** Relations whose source is annotation {@code annotationId}, ordered by id. */
	public synchronized List<Relation> relationsFrom(String annotationId) {
		return relations.values().stream().filter(r -> r.from().equals(annotationId))
				.sorted(Comparator.comparing(Relation::id, AnnotationSet::compareIds)).toList();
	}

	/** Relations whose target is annotation {@code annotationId}, ordered by id. */
	public synchronized List<Relation> relationsTo(String annotationId) {
		return relations.values().stream().filter(r -> r.to().equals(annotationId))
				.sorted(Comparator.comparing(Relation::id, AnnotationSet::compareIds)).toList();
	}

	/** A fresh annotation or relation id ({@code a1}, {@code a2}, ...), never used in this set before. */
	public synchronized String newId() {
		return "a" + nextId++;
	}

	/** Adds an annotation whose id is not yet used. */
	public void add(Annotation annotation) {
		synchronized (this) {
			if (annotations.containsKey(annotation.id()) || relations.containsKey(annotation.id())) {
				throw new IllegalArgumentException("id " + annotation.id() + " is already used in this set");
			}
			annotations.put(annotation.id(), annotation);
			changed(annotation.id());
			resorted(null, annotation);
		}
		fire(new AnnotationSetEvent.Added(this, annotation));
	}

	/** Replaces the annotation with the same id by {@code annotation}. */
	public void update(Annotation annotation) {
		Annotation before;
		synchronized (this) {
			before = annotations.get(annotation.id());
			if (before == null) {
				throw new IllegalArgumentException("no annotation " + annotation.id() + " in this set");
			}
			if (before.equals(annotation)) {
				return;
			}
			annotations.put(annotation.id(), annotation);
			changed(annotation.id());
			resorted(before, annotation);
		}
		fire(new AnnotationSetEvent.Changed(this, before, annotation));
	}

	/**
	 * Removes the annotation and the relations that start or end at it.
	 *
	 * @return the removed annotation, empty if there was none with that id
	 */
	public Optional<Annotation> remove(String annotationId) {
		Annotation removed;
		List<Relation> removedRelations = new ArrayList<>();
		synchronized (this) {
			removed = annotations.remove(annotationId);
			if (removed == null) {
				return Optional.empty();
			}
			relations.values().removeIf(r -> {
				boolean involved = r.from().equals(annotationId) || r.to().equals(annotationId);
				if (involved) {
					removedRelations.add(r);
				}
				return involved;
			});
			changed(null);
			resorted(removed, null);
		}
		for (Relation relation : removedRelations) {
			fire(new AnnotationSetEvent.RelationRemoved(this, relation));
		}
		fire(new AnnotationSetEvent.Removed(this, removed));
		return Optional.of(removed);
	}

	/** Adds a relation whose id is not yet used. The annotations it links need not exist yet. */
	public void addRelation(Relation relation) {
		synchronized (this) {
			if (relations.containsKey(relation.id()) || annotations.containsKey(relation.id())) {
				throw new IllegalArgumentException("id " + relation.id() + " is already used in this set");
			}
			relations.put(relation.id(), relation);
			changed(relation.id());
		}
		fire(new AnnotationSetEvent.RelationAdded(this, relation));
	}

	/** Removes a relation; returns it, empty if there was none with that id. */
	public Optional<Relation> removeRelation(String relationId) {
		Relation removed;
		synchronized (this) {
			removed = relations.remove(relationId);
			if (removed == null) {
				return Optional.empty();
			}
			changed(null);
		}
		fire(new AnnotationSetEvent.RelationRemoved(this, removed));
		return Optional.of(removed);
	}

	/** Starts telling {@code listener} about changes. */
	public void addListener(AnnotationSetListener listener) {
		listeners.add(listener);
	}

	/** Stops telling {@code listener} about changes. */
	public void removeListener(AnnotationSetListener listener) {
		listeners.remove(listener);
	}

	/** Whether the set changed since it was read or last saved. */
	public synchronized boolean isDirty() {
		return dirty;
	}

	/**
	 * What the file looked like when this set was read or last saved; empty for a set that has never been on disk.
	 * Used to notice that another program changed the file meanwhile.
	 */
	public synchronized Optional<FileStamp> origin() {
		return origin;
	}

	/**
	 * Records that revision {@code savedRevision} of the set is the file described by {@code stamp} (called by
	 * readers and writers). The set stays dirty if it changed after that revision.
	 */
	public synchronized void markSaved(FileStamp stamp, long savedRevision) {
		origin = Optional.of(stamp);
		dirty = revision != savedRevision;
	}

	private static int compareAnnotations(Annotation a, Annotation b) {
		int c = Integer.compare(a.start(), b.start());
		if (c != 0) {
			return c;
		}
		c = Integer.compare(a.end(), b.end());
		if (c != 0) {
			return c;
		}
		c = a.type().compareTo(b.type());
		return c != 0 ? c : a.id().compareTo(b.id());
	}

	/** Orders ids like {@code a2} before {@code a10}; other ids alphabetically. */
	public static int compareIds(String a, String b) {
		long na = numericSuffix(a);
		long nb = numericSuffix(b);
		if (na >= 0 && nb >= 0 && a.charAt(0) == b.charAt(0)) {
			int c = Long.compare(na, nb);
			if (c != 0) {
				return c;
			}
		}
		return a.compareTo(b);
	}

	/**
	 * Keeps the sorted list in step with one annotation taken out and/or put in: a binary search and a copy instead of
	 * sorting every annotation again after each edit (20,000 annotations: microseconds instead of milliseconds).
	 */
	private void resorted(Annotation out, Annotation in) {
		if (sortedSnapshot == null) {
			return;
		}
		Annotation[] array = sortedSnapshot.toArray(new Annotation[sortedSnapshot.size() + 1]);
		int size = sortedSnapshot.size();
		if (out != null) {
			int at = java.util.Arrays.binarySearch(array, 0, size, out, ORDER);
			if (at < 0) {
				sortedSnapshot = null;
				return;
			}
			System.arraycopy(array, at + 1, array, at, size - at - 1);
			size--;
		}
		if (in != null) {
			int at = java.util.Arrays.binarySearch(array, 0, size, in, ORDER);
			if (at >= 0) {
				sortedSnapshot = null;
				return;
			}
			at = -at - 1;
			System.arraycopy(array, at, array, at + 1, size - at);
			array[at] = in;
			size++;
		}
		sortedSnapshot = java.util.Arrays.asList(array).subList(0, size).stream().toList();
	}

	private void changed(String id) {
		dirty = true;
		revision++;
		if (id != null) {
			noteId(id);
		}
	}

	private void noteId(String id) {
		long n = numericSuffix(id);
		if (n >= nextId && id.charAt(0) == 'a') {
			nextId = n + 1;
		}
	}

	private static long numericSuffix(String id) {
		if (id.length() < 2 || id.length() > 18) {
			return -1;
		}
		long n = 0;
		for (int i = 1; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	private void fire(AnnotationSetEvent event) {
		for (AnnotationSetListener listener : listeners) {
			listener.setChanged(event);
		}
	}

	@Override
	public synchronized String toString() {
		return "AnnotationSet[" + annotator + " on " + documentId + ", " + annotations.size() + " annotations, "
				+ relations.size() + " relations]";
	}
}
