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
	private final Label problem;
	private Schema schema;

	QueryForm(Composite parent) {
		Composite form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(8, false));
		form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(form, SWT.NONE).setText("Find:");
		find = new Text(form, SWT.BORDER | SWT.SEARCH);
		find.setMessage("words, or a regular expression");
		find.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		wholeWord = CheckBoxes.create(form, "Whole word");
		matchCase = CheckBoxes.create(form, "Match case");
		regex = CheckBoxes.create(form, "Regular expression");
		new Label(form, SWT.NONE).setText("Type:");
		type = new Combo(form, SWT.READ_ONLY);
		new Label(form, SWT.NONE).setText("Attribute:");
		attribute = new Text(form, SWT.BORDER);
		attribute.setMessage("name=value, e.g. unit=percent");
		attribute.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(form, SWT.NONE).setText("Annotator:");
		annotator = new Text(form, SWT.BORDER);
		annotator.setMessage("anyone");
		new Label(form, SWT.NONE).setText("Status:");
		status = new Combo(form, SWT.READ_ONLY);
		status.setItems(ANY, "accepted", "suggested");
		status.select(0);
		new Label(form, SWT.NONE).setText("Note:");
		note = new Text(form, SWT.BORDER);
		note.setMessage("text in the note");
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		problem = new Label(form, SWT.WRAP);
		problem.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
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
		type.getParent().layout(true);
	}

	/** Shows why the query cannot run (at the fields); empty clears it. */
	void showProblem(String message) {
		problem.setText(message);
		problem.getParent().layout(true);
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
}
