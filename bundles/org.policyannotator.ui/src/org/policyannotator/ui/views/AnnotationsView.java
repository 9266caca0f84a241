package org.policyannotator.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSetEvent;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.speakers.SpeakerPersons.Person;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.search.CorpusSpeakers;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;
import org.policyannotator.ui.operations.AnnotationEdit;
import org.policyannotator.ui.widgets.CheckBoxes;

/**
 * The annotations of the document in the active editor, one row each: live, filtered by type, speaker (a person of
 * the corpus under any of their names: all quotes of Xi) and text, sorted by any column, its selection kept in step
 * with the editor's. Delete removes the selected annotations (undoable).
 * Optionally lists the other annotators' annotations of the document, read-only.
 */
public final class AnnotationsView extends ViewPart implements ActiveAnnotationEditor.Listener {
	public static final String ALL_TYPES = "All types";
	public static final String ALL_SPEAKERS = "All speakers";

	private TableViewer viewer;
	private Combo typeFilter;
	private Text speakerFilter;
	private List<Person> speakerChoices = List.of();
	private final DocumentSpeakers speakers = new DocumentSpeakers();
	private List<DocumentSpeakers.Shown> otherSets = List.of();
	private Job speakerNames;
	/** The corpus whose speaker names were read last: switching documents within it keeps them. */
	private Corpus namesRead;
	private Text search;
	private Button showOthers;
	private final AnnotationFilter filter = new AnnotationFilter();
	private ColourSwatches swatches;
	private ActiveAnnotationEditor active;
	private List<AnnotationRow> otherRows = List.of();
	/** The viewer's input, kept in step with the set by each event instead of being rebuilt. */
	private ShownRows rows;
	private List<TagType> filterTypes = List.of();
	private boolean syncing;

	@Override
	public void createPartControl(Composite parent) {
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		swatches = new ColourSwatches(resources);
		parent.setLayout(new GridLayout(4, false));
		typeFilter = new Combo(parent, SWT.READ_ONLY);
		typeFilter.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		typeFilter.addListener(SWT.Selection, event -> filterChanged());
		// a text with proposals, not a list: a long report names thousands of speakers, and filling a drop-down list
		// with them made every switch between documents cost a second
		speakerFilter = SpeakerField.create(parent, () -> speakerChoices);
		speakerFilter.setMessage(ALL_SPEAKERS);
		speakerFilter.setToolTipText("Only the speakers of one person and the quotes linked to them, whichever of the"
				+ " person's names the corpus uses: type a name (Ctrl+Space lists the document's speakers)");
		speakerFilter.addModifyListener(event -> filterChanged());
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Search text, attributes, notes");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addModifyListener(event -> filterChanged());
		showOthers = CheckBoxes.create(parent, "Show other annotators");
		showOthers.addListener(SWT.Selection, event -> setShowOtherAnnotators(showOthers.getSelection()));

		// virtual: a document with 20,000 annotations fills only the rows on screen, not 20,000 rows cell by cell
		viewer = new TableViewer(parent,
				SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(new Rows());
		column("Type", 130, this::typeLabel, this::swatch);
		column("Text", 380, AnnotationRow::coveredText, null);
		column("Attributes", 200, this::attributesText, null);
		column("Annotator", 100, r -> r.annotation().annotator(), null);
		column("Status", 80, r -> r.annotation().status().key(), null);
		column("Speaker", 130, this::speakerName, null);
		Comparator<AnnotationRow> textOrder = Comparator.comparingInt((AnnotationRow r) -> r.annotation().start())
				.thenComparingInt(r -> r.annotation().end()).thenComparing(r -> r.annotation().annotator())
				.thenComparing(r -> r.annotation().id()).thenComparing(AnnotationRow::own)
				.thenComparingInt(AnnotationRow::hashCode);
		ColumnSorter sorter = new ColumnSorter(viewer.getTable(), List.of(ColumnSorter.byText(this::typeLabel),
				ColumnSorter.byText(AnnotationRow::coveredText), ColumnSorter.byText(this::attributesText),
				ColumnSorter.byText(r -> r.annotation().annotator()),
				ColumnSorter.byText(r -> r.annotation().status().key()), ColumnSorter.byText(this::speakerName)),
				textOrder, this::reshow);
		rows = new ShownRows(filter, sorter);
		viewer.setInput(rows);
		viewer.addSelectionChangedListener(event -> rowsSelected());
		viewer.addDoubleClickListener(event -> revealInEditor((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);
		active = new ActiveAnnotationEditor(getSite().getPage(), this);
		active.start();
		if (active.editor().isEmpty()) {
			editorChanged(Optional.empty());
		}
	}

	private void column(String title, int width, Function<AnnotationRow, String> text,
			Function<AnnotationRow, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AnnotationRow) element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((AnnotationRow) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((AnnotationRow) element).own() ? null
						: viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			}
		});
	}

	private Optional<Schema> schema() {
		return active.editor().flatMap(AnnotationEditor::session).map(EditorSession::schema);
	}

	private String typeLabel(AnnotationRow row) {
		String type = row.annotation().type();
		return schema().flatMap(s -> s.tagType(type)).map(TagType::label).orElse(type);
	}

	/** The attributes as {@code name=value}; a reference shows the quote of the annotation it points to. */
	private String attributesText(AnnotationRow row) {
		Optional<AnnotationSet> set = active.editor().flatMap(AnnotationEditor::session).map(EditorSession::set);
		List<String> parts = new ArrayList<>();
		row.annotation().attributes().forEach((name, value) -> parts.add(name + "=" + (value instanceof AttributeValue.Ref ref
				&& row.own() ? set.flatMap(s -> s.annotation(ref.annotationId()))
						.map(a -> "\u201c" + a.firstSpan().quote() + "\u201d").orElse(value.display()) : value.display())));
		return String.join(", ", parts);
	}

	private String speakerName(AnnotationRow row) {
		return speakers.of(row.annotation()).map(Person::name).orElse("");
	}

	private Image swatch(AnnotationRow row) {
		return schema().flatMap(s -> s.tagType(row.annotation().type())).map(t -> swatches.of(org.policyannotator.ui.preferences.TagAppearance.rgb(t))).orElse(null);
	}

	/** Set while the rows are about to be replaced: they are filtered and sorted once, by the refresh. */
	private boolean switching;

	@Override
	public void editorChanged(Optional<AnnotationEditor> editor) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		// the rows are filtered and sorted once, when the new document's rows come in (refresh): filling the type
		// filter and the speakers sorted the previous document's rows again twice (20,000 rows each time)
		switching = true;
		try {
			fillTypeFilter();
			otherRows = showOthers.getSelection() ? loadOtherRows() : List.of();
			if (!showOthers.getSelection()) {
				otherSets = List.of();
			}
		} finally {
			switching = false;
		}
		refresh();
		editor.ifPresent(e -> selectionChanged(e.selectedAnnotation()));
		readCorpusSpeakers(editor.flatMap(AnnotationEditor::session).map(EditorSession::corpus));
	}

	/** Reads the speaker names of the whole corpus in the background; until then the document's own names count. */
	private void readCorpusSpeakers(Optional<Corpus> corpus) {
		if (speakerNames != null) {
			speakerNames.cancel();
		}
		if (corpus.isEmpty() || corpus.get() != namesRead) {
			speakers.setCorpusNames(java.util.Set.of());
			namesRead = null;
		}
		if (corpus.isEmpty()) {
			return;
		}
		speakerNames = Job.create("Reading the speakers of " + corpus.get().name(), monitor -> {
			try {
				java.util.Set<String> names = CorpusSpeakers.names(corpus.get(), monitor::isCanceled);
				// grouped into persons here too: on the display thread this took over a second for a large corpus
				org.policyannotator.model.speakers.SpeakerPersons persons = monitor.isCanceled() ? null
						: new org.policyannotator.model.speakers.SpeakerPersons(names);
				if (!monitor.isCanceled() && !viewer.getControl().isDisposed()) {
					viewer.getControl().getDisplay().asyncExec(() -> corpusSpeakersRead(corpus.get(), names, persons));
				}
			} catch (Exception e) {
				// the document's own names still group its speakers
			}
			return Status.OK_STATUS;
		});
		speakerNames.setSystem(true);
		speakerNames.schedule();
	}

	private void corpusSpeakersRead(Corpus corpus, java.util.Set<String> names,
			org.policyannotator.model.speakers.SpeakerPersons persons) {
		boolean same = active.editor().flatMap(AnnotationEditor::session).map(s -> s.corpus() == corpus).orElse(false);
		if (!same || viewer.getControl().isDisposed()) {
			return;
		}
		namesRead = corpus;
		speakers.setCorpus(names, persons);
		updateSpeakers();
	}

	/** Works out again who speaks in each row; refreshes the speaker column and filter when that changed. */
	private void updateSpeakers() {
		Optional<EditorSession> session = active.editor().flatMap(AnnotationEditor::session);
		List<DocumentSpeakers.Shown> sets = new ArrayList<>(otherSets);
		session.ifPresent(s -> {
			AnnotationSet.Snapshot own = s.set().snapshot();
			sets.add(new DocumentSpeakers.Shown(s.set().annotator(), own.annotations(), own.relations()));
		});
		if (speakers.update(sets)) {
			fillSpeakerFilter();
			reshow();
			describe();
		}
	}

	private void fillSpeakerFilter() {
		speakerChoices = speakers.persons();
		applySpeakerFilter();
	}

	private void applySpeakerFilter() {
		String typed = speakerFilter.getText().strip();
		Optional<Set<String>> persons = typed.isEmpty() || typed.equalsIgnoreCase(ALL_SPEAKERS) ? Optional.empty()
				: Optional.of(DocumentSpeakers.named(speakerChoices, typed));
		filter.setSpeaker(persons.isEmpty() ? row -> true
				: row -> speakers.of(row.annotation()).map(Person::id).filter(persons.get()::contains).isPresent());
	}

	@Override
	public void setChanged(AnnotationSetEvent event) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		// one row in or out per change: rebuilding the table made every tag cost seconds on long documents
		switch (event) {
		case AnnotationSetEvent.Added added -> addRow(new AnnotationRow(added.annotation(), true));
		case AnnotationSetEvent.Removed removed -> removeRow(new AnnotationRow(removed.annotation(), true));
		case AnnotationSetEvent.Changed changed -> {
			AnnotationRow before = new AnnotationRow(changed.before(), true);
			// the editor may have told its selection before this listener ran, while the new row was not yet there
			List<AnnotationRow> selected = selectedRows();
			boolean wasSelected = selected.contains(before) || active.editor()
					.flatMap(AnnotationEditor::selectedAnnotation).map(a -> a.id().equals(changed.after().id())).orElse(false);
			AnnotationRow after = new AnnotationRow(changed.after(), true);
			boolean stayed = replaceRow(before, after, selected);
			if (wasSelected && !(stayed && selected.equals(List.of(after)))) {
				syncing = true;
				try {
					select(List.of(after), true);
				} finally {
					syncing = false;
				}
			}
		}
		default -> {
			// a link added or removed: who speaks in a quote may have changed
		}
		}
		if (mayChangeSpeakers(event)) {
			updateSpeakers();
		}
		describe();
	}

	/**
	 * Whether a change can alter who speaks in some row: a speaker tagged, renamed, retyped or removed, or a link
	 * added or removed. Tagging anything else (most edits) cannot, and working the speakers out again reads every
	 * annotation of the set.
	 */
	private static boolean mayChangeSpeakers(AnnotationSetEvent event) {
		return switch (event) {
		case AnnotationSetEvent.Added added -> isSpeaker(added.annotation());
		case AnnotationSetEvent.Removed removed -> isSpeaker(removed.annotation());
		case AnnotationSetEvent.Changed changed -> isSpeaker(changed.before()) || isSpeaker(changed.after());
		default -> true;
		};
	}

	private static boolean isSpeaker(Annotation annotation) {
		return annotation.type().equals(org.policyannotator.model.speakers.QuoteSpeakers.SPEAKER_TYPE);
	}

	private void addRow(AnnotationRow row) {
		int at = rows.add(row);
		if (at >= 0) {
			insertedAt(at);
		}
	}

	/**
	 * A changed row: only the rows between its old and new place are shown again (usually it keeps its place, as when
	 * retyped), instead of every row after it twice, as a removal and an addition would. {@code selected} (the rows
	 * selected before) gets the new row in place of the old one. Returns whether the row kept its place.
	 */
	private boolean replaceRow(AnnotationRow before, AnnotationRow after, List<AnnotationRow> selected) {
		int[] moved = rows.replace(before, after);
		if (selected.remove(before)) {
			selected.add(after);
		}
		if (moved[0] >= 0 && moved[1] >= 0) {
			viewer.getTable().clear(Math.min(moved[0], moved[1]), Math.max(moved[0], moved[1]));
			if (moved[0] != moved[1]) {
				select(selected, false);
			}
		} else if (moved[0] >= 0) { // filtered out now
			removedAt(moved[0]);
		} else if (moved[1] >= 0) { // filtered in now
			insertedAt(moved[1]);
		}
		return moved[0] >= 0 && moved[0] == moved[1];
	}

	private void removeRow(AnnotationRow row) {
		int at = rows.remove(row);
		if (at >= 0) {
			removedAt(at);
		}
	}

	/**
	 * A row came in at {@code at}: the table gets a row there, and the rows after it move down with what they show
	 * and with their selection. Clearing every row after it instead made GTK set each of them again (thousands on a
	 * long document, the largest part of a tag in this view).
	 */
	private void insertedAt(int at) {
		new TableItem(viewer.getTable(), SWT.NONE, at);
		viewer.replace(rows.get(at), at);
	}

	/** The row at {@code at} left: the rows after it move up with what they show and with their selection. */
	private void removedAt(int at) {
		viewer.getTable().remove(at);
	}

	private void select(List<AnnotationRow> selected, boolean reveal) {
		Table table = viewer.getTable();
		int[] indices = selected.stream().mapToInt(rows::indexOf).filter(i -> i >= 0).toArray();
		table.setSelection(indices);
		for (int index : indices) {
			viewer.replace(rows.get(index), index);
		}
		if (reveal && indices.length > 0) {
			table.showSelection();
		}
	}

	/** Filters and sorts the rows again and shows them from the top of the list. */
	private void reshow() {
		if (switching) {
			return; // the refresh that follows shows the new document's rows
		}
		List<AnnotationRow> selected = selectedRows();
		rows.reshow();
		Table table = viewer.getTable();
		table.setItemCount(rows.size());
		table.clearAll();
		select(selected, true);
	}

	/** The rows for the virtual table: each asked for when it comes on screen. */
	private final class Rows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}
	}

	@Override
	public void selectionChanged(Optional<Annotation> selected) {
		if (syncing || viewer.getControl().isDisposed()) {
			return;
		}
		List<AnnotationRow> shown = selected.map(a -> new AnnotationRow(a, true)).stream().toList();
		if (selected.isPresent() && selectedRows().contains(shown.get(0))) {
			return;
		}
		syncing = true;
		try {
			select(shown, true);
		} finally {
			syncing = false;
		}
	}

	private void fillTypeFilter() {
		String chosen = typeFilter.getText();
		filterTypes = schema().map(Schema::tagTypes).orElse(List.of());
		typeFilter.removeAll();
		typeFilter.add(ALL_TYPES);
		filterTypes.forEach(t -> typeFilter.add(t.label()));
		int index = typeFilter.indexOf(chosen);
		typeFilter.select(Math.max(0, index));
		filterChanged();
	}

	private void filterChanged() {
		int index = typeFilter.getSelectionIndex();
		filter.setType(index <= 0 ? Optional.empty() : Optional.of(filterTypes.get(index - 1).id()));
		filter.setText(search.getText());
		applySpeakerFilter();
		reshow();
		describe();
	}

	private void refresh() {
		Optional<AnnotationSet> set = active.editor().flatMap(AnnotationEditor::session).map(EditorSession::set);
		List<AnnotationRow> all = new ArrayList<>();
		set.ifPresent(s -> s.annotations().forEach(a -> all.add(new AnnotationRow(a, true))));
		all.addAll(otherRows);
		Set<String> selectedIds = new java.util.HashSet<>();
		selectedRows().stream().filter(AnnotationRow::own).forEach(r -> selectedIds.add(r.annotation().id()));
		active.editor().flatMap(AnnotationEditor::selectedAnnotation).ifPresent(a -> selectedIds.add(a.id()));
		boolean wasSwitching = switching;
		switching = true; // the rows are filtered and sorted below, with the new ones
		try {
			updateSpeakers();
		} finally {
			switching = wasSwitching;
		}
		fillSpeakerFilter();
		rows.setAll(all);
		Table table = viewer.getTable();
		table.setItemCount(rows.size());
		table.clearAll();
		syncing = true;
		try {
			select(all.stream().filter(r -> r.own() && selectedIds.contains(r.annotation().id())).toList(), true);
		} finally {
			syncing = false;
		}
		describe();
	}

	private void describe() {
		Optional<EditorSession> session = active.editor().flatMap(AnnotationEditor::session);
		if (session.isEmpty()) {
			setContentDescription("Open a document to see its annotations.");
			return;
		}
		int total = rows.total();
		int shown = rows.size();
		String title = session.get().document().title();
		setContentDescription((shown == total ? count(total) : shown + " of " + count(total))
				+ " in " + (title.isBlank() ? session.get().document().id() : title));
	}

	private static String count(int annotations) {
		return annotations == 1 ? "1 annotation" : annotations + " annotations";
	}

	private List<AnnotationRow> loadOtherRows() {
		Optional<EditorSession> session = active.editor().flatMap(AnnotationEditor::session);
		otherSets = List.of();
		if (session.isEmpty()) {
			return List.of();
		}
		List<AnnotationRow> rows = new ArrayList<>();
		List<DocumentSpeakers.Shown> sets = new ArrayList<>();
		otherSets = sets;
		try {
			for (String annotator : session.get().corpus().annotators()) {
				if (!annotator.equals(session.get().annotator())) {
					AnnotationSet.Snapshot other = session.get().corpus()
							.loadSet(annotator, session.get().document().id()).snapshot();
					other.annotations().forEach(a -> rows.add(new AnnotationRow(a, false)));
					sets.add(new DocumentSpeakers.Shown(annotator, other.annotations(), other.relations()));
				}
			}
		} catch (Exception e) {
			MessageDialog.openError(getSite().getShell(), "Other annotators",
					"Could not read the other annotators' sets: " + e.getMessage());
		}
		return rows;
	}

	/** Lists (or stops listing) the other annotators' annotations of the document, read-only. */
	public void setShowOtherAnnotators(boolean show) {
		if (showOthers.getSelection() != show) {
			showOthers.setSelection(show);
		}
		otherRows = show ? loadOtherRows() : List.of();
		if (!show) {
			otherSets = List.of();
		}
		refresh();
	}

	private void rowsSelected() {
		if (syncing) {
			return;
		}
		Optional<AnnotationRow> first = selectedRows().stream().filter(AnnotationRow::own).findFirst();
		if (first.isEmpty() || active.editor().isEmpty()) {
			return;
		}
		syncing = true;
		try {
			active.editor().get().select(first.get().annotation().id());
		} finally {
			syncing = false;
		}
	}

	private void revealInEditor(IStructuredSelection selection) {
		Optional<AnnotationRow> first = selection.stream().map(AnnotationRow.class::cast).filter(AnnotationRow::own)
				.findFirst();
		active.editor().ifPresent(editor -> {
			first.ifPresent(row -> editor.select(row.annotation().id()));
			getSite().getPage().activate(editor);
		});
	}

	/** The selected rows, from the table's selected indices (rows not yet on screen are not filled for this). */
	private List<AnnotationRow> selectedRows() {
		List<AnnotationRow> selected = new ArrayList<>();
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < rows.size()) {
				selected.add(rows.get(index));
			}
		}
		return selected;
	}

	/** Deletes the selected annotations of the set being edited, with their links, as one undoable edit. */
	public void deleteSelected() {
		Optional<AnnotationEditor> editor = active.editor();
		List<Annotation> doomed = selectedRows().stream().filter(AnnotationRow::own).map(AnnotationRow::annotation)
				.toList();
		if (editor.isEmpty() || doomed.isEmpty()) {
			return;
		}
		AnnotationSet set = editor.get().session().orElseThrow().set();
		Set<Relation> relations = new LinkedHashSet<>();
		for (Annotation annotation : doomed) {
			relations.addAll(set.relationsFrom(annotation.id()));
			relations.addAll(set.relationsTo(annotation.id()));
		}
		String label = doomed.size() == 1 ? "Delete " + typeLabel(new AnnotationRow(doomed.get(0), true))
				: "Delete " + doomed.size() + " annotations";
		try {
			editor.get().execute(label, new AnnotationEdit(doomed, List.of(), List.copyOf(relations), List.of()));
		} catch (ExecutionException e) {
			MessageDialog.openError(getSite().getShell(), "Delete", e.getMessage());
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Shows the annotations of one tag type, or all with {@link #ALL_TYPES}. */
	public void filterByType(String label) {
		typeFilter.select(Math.max(0, typeFilter.indexOf(label)));
		filterChanged();
	}

	/**
	 * Shows the speakers of one person and the quotes linked to them, the person named {@code name} by any of its
	 * names in the document, as if typed in the speaker field; {@link #ALL_SPEAKERS} shows all, a part of a name the
	 * speakers whose name contains it, a name nobody in the document has none.
	 */
	public void filterBySpeaker(String name) {
		speakerFilter.setText(name.equals(ALL_SPEAKERS) ? "" : name);
	}

	/** The persons the speaker filter offers, as shown. */
	public List<String> speakerChoices() {
		return speakerChoices.stream().map(Person::name).toList();
	}

	/** Shows the annotations whose text, attributes or note contain {@code text}. */
	public void filterByText(String text) {
		search.setText(text);
		filterChanged();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (speakerNames != null) {
			speakerNames.cancel();
		}
		active.dispose();
		super.dispose();
	}
}
