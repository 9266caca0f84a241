package org.policyannotator.ui.search;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.search.AnnotationCriteria;
import org.policyannotator.search.QueryException;
import org.policyannotator.search.SearchQuery;
import org.policyannotator.search.TextQuery;
import org.policyannotator.ui.widgets.CheckBoxes;

/** The query fields of the Search view: text with its options, and the annotation criteria. */
final class QueryForm {
	static final String ANY = "(any)";

	final Text find;
	final Button wholeWord;
	final Button matchCase;
	final Button regex;
	final Combo type;
	final Text attribute;
	final Text annotator;
	final Combo status;
	final Text note;
	final Text speaker;
	private final Label problem;
	/** Where the view adds its Search and Cancel buttons (after the Find field). */
	final Composite buttons;
	/** The wrapping row of criteria, where the view adds corpus and scope. */
	final Composite criteria;
	/** Shows the annotation criteria (hidden at first: the text search needs the room for its results). */
	final Button moreCriteria;
	private final Composite annotationRow;
	private Schema schema;

	QueryForm(Composite parent) {
		Composite first = new Composite(parent, SWT.NONE);
		first.setLayout(new GridLayout(4, false));
		first.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(first, SWT.NONE).setText("Find:");
		find = new Text(first, SWT.BORDER | SWT.SEARCH);
		find.setMessage("words, or a regular expression (Enter searches)");
		find.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		buttons = first;
		Composite second = Rows.wrapping(parent);
		criteria = second;
		wholeWord = CheckBoxes.create(second, "Whole word");
		matchCase = CheckBoxes.create(second, "Match case");
		regex = CheckBoxes.create(second, "Regular expression");
		moreCriteria = CheckBoxes.create(second, "Annotation criteria");
		annotationRow = Rows.wrapping(parent);
		type = new Combo(Rows.labelled(annotationRow, "Inside type:"), SWT.READ_ONLY);
		attribute = new Text(Rows.labelled(annotationRow, "Attribute:"), SWT.BORDER);
		attribute.setMessage("name=value, e.g. unit=percent");
		Rows.width(attribute, 200);
		annotator = new Text(Rows.labelled(annotationRow, "Annotator:"), SWT.BORDER);
		annotator.setMessage("anyone");
		Rows.width(annotator, 100);
		status = new Combo(Rows.labelled(annotationRow, "Status:"), SWT.READ_ONLY);
		status.setItems(ANY, "accepted", "suggested");
		status.select(0);
		note = new Text(Rows.labelled(annotationRow, "Note:"), SWT.BORDER);
		note.setMessage("text in the note");
		Rows.width(note, 150);
		speaker = new Text(Rows.labelled(annotationRow, "Speaker:"), SWT.BORDER);
		speaker.setMessage("any name of a person, e.g. Xi");
		speaker.setToolTipText("Speakers of this person and the quotes linked to them, under any of the person's"
				+ " names in the corpus (Xi finds Chinese President Xi Jinping)");
		Rows.width(speaker, 150);
		moreCriteria.addListener(SWT.Selection, e -> showAnnotationCriteria(moreCriteria.getSelection()));
		showAnnotationCriteria(false);
		problem = new Label(parent, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridData hidden = new GridData(SWT.FILL, SWT.CENTER, true, false);
		hidden.exclude = true;
		problem.setLayoutData(hidden);
		problem.setVisible(false);
		setSchema(Optional.empty());
	}

	/** Offers the tag types of a corpus's schema. */
	void setSchema(Optional<Schema> newSchema) {
		schema = newSchema.orElse(null);
		String chosen = type.getText();
		type.removeAll();
		type.add(ANY);
		newSchema.ifPresent(s -> s.tagTypes().forEach(t -> type.add(t.label())));
		int index = type.indexOf(chosen);
		type.select(Math.max(0, index));
		annotationRow.getParent().layout(true, true);
	}

	/** Shows or hides the annotation criteria; hidden ones are not applied. */
	void showAnnotationCriteria(boolean show) {
		moreCriteria.setSelection(show);
		annotationRow.setVisible(show);
		((GridData) annotationRow.getLayoutData()).exclude = !show;
		annotationRow.getParent().layout(true, true);
	}

	/** Shows why the query cannot run (at the fields); empty clears it. */
	void showProblem(String message) {
		problem.setText(message);
		problem.setVisible(!message.isEmpty());
		((GridData) problem.getLayoutData()).exclude = message.isEmpty();
		problem.getParent().layout(true, true);
	}

	String problem() {
		return problem.getText();
	}

	/**
	 * The query as entered.
	 *
	 * @throws QueryException if nothing is asked for, the attribute is not name=value or the regex is invalid
	 */
	SearchQuery query() throws QueryException {
		AnnotationCriteria criteria = moreCriteria.getSelection() ? annotationCriteria() : AnnotationCriteria.NONE;
		Optional<TextQuery> text = Optional.empty();
		if (!find.getText().isEmpty()) {
			TextQuery query = new TextQuery(find.getText(), regex.getSelection(), wholeWord.getSelection(),
					matchCase.getSelection());
			query.compile();
			text = Optional.of(query);
		}
		if (text.isEmpty() && criteria.isEmpty()) {
			throw new QueryException("Type the text to find, or choose a type or another annotation criterion.");
		}
		return new SearchQuery(text, criteria);
	}

	private AnnotationCriteria annotationCriteria() throws QueryException {
		AnnotationCriteria criteria = AnnotationCriteria.NONE;
		if (type.getSelectionIndex() > 0 && schema != null) {
			TagType tag = schema.tagTypes().get(type.getSelectionIndex() - 1);
			criteria = criteria.withType(tag.id());
		}
		if (!attribute.getText().isBlank()) {
			criteria = criteria.withAttribute(attribute.getText().strip());
		}
		if (!annotator.getText().isBlank()) {
			criteria = criteria.withAnnotator(annotator.getText().strip());
		}
		if (status.getSelectionIndex() > 0) {
			criteria = criteria.withStatus(AnnotationStatus.fromKey(status.getText()).orElseThrow());
		}
		if (!note.getText().isBlank()) {
			criteria = criteria.withNoteText(note.getText().strip());
		}
		if (!speaker.getText().isBlank()) {
			criteria = criteria.withSpeaker(speaker.getText().strip());
		}
		return criteria;
	}
}
