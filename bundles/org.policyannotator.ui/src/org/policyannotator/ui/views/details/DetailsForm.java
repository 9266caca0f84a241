package org.policyannotator.ui.views.details;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * The form of one annotation in the details view: type, status, one control per attribute of its tag type, note
 * and links. Built for one tag type; {@link #show} fills in an annotation of that type in place, so that moving
 * from one annotation to another of the same type creates no widgets.
 */
public final class DetailsForm {
	private final Composite body;
	private final Schema schema;
	private final AnnotationSet set;
	private final DetailsActions actions;
	private String annotationId;
	private final String typeId;
	private final HeaderLine header;
	private final TypeField type;
	private final Combo status;
	private final Map<String, AttributeField> fields = new LinkedHashMap<>();
	private final Text note;
	private final LinksSection links;
	private String shownNote = "";
	/** Whether the last {@link #show} put another text in the note field (its height may have changed). */
	private boolean noteReplaced;

	DetailsForm(Composite parent, Schema schema, AnnotationSet set, Annotation annotation, DetailsActions actions) {
		this.schema = schema;
		this.set = set;
		this.actions = actions;
		this.annotationId = annotation.id();
		this.typeId = annotation.type();
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		header = new HeaderLine(body, 2);

		label("Type");
		type = new TypeField(body, schema, this::retype);

		label("Status");
		status = new Combo(body, SWT.READ_ONLY);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (AnnotationStatus s : AnnotationStatus.values()) {
			status.add(s.key());
		}
		status.addListener(SWT.Selection, event -> restatus());

		Optional<TagType> tagType = schema.tagType(typeId);
		for (AttributeType attribute : tagType.map(TagType::attributes).orElse(List.of())) {
			Label name = label(attribute.label() + (attribute.required() ? " *" : ""));
			name.setToolTipText(attribute.description());
			AttributeField field = field(attribute);
			field.control().setToolTipText(attribute.description());
			fields.put(attribute.id(), field);
		}

		Label noteLabel = label("Note");
		noteLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		note = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, false);
		noteData.heightHint = 3 * note.getLineHeight();
		noteData.widthHint = 150;
		note.setLayoutData(noteData);
		note.setToolTipText("Applied when the field loses the focus, or with Ctrl+Enter");
		note.addListener(SWT.FocusOut, event -> commitNote());
		note.addListener(SWT.KeyDown, event -> {
			if ((event.character == SWT.CR || event.character == SWT.LF) && (event.stateMask & SWT.MOD1) != 0) {
				event.doit = false;
				commitNote();
			}
		});
		links = new LinksSection(body, actions);
		show(annotation);
	}

	private Label label(String text) {
		Label label = new Label(body, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		return label;
	}

	private AttributeField field(AttributeType attribute) {
		return switch (attribute.kind()) {
		case ENUM -> new ChoiceAttributeField(body, attribute,
				() -> attribute.allowedValues().stream()
						.map(v -> new ChoiceAttributeField.Choice(v, new AttributeValue.Text(v))).toList(),
				value -> setAttribute(attribute, value));
		case REFERENCE -> new ChoiceAttributeField(body, attribute, () -> referenceChoices(attribute),
				value -> setAttribute(attribute, value));
		case BOOLEAN -> new BooleanAttributeField(body, attribute, value -> setAttribute(attribute, value));
		case STRING, NUMBER, DATE -> new TextAttributeField(body, attribute, value -> setAttribute(attribute, value));
		};
	}

	/** How many candidates a reference picker offers: the nearest ones in the text (and the current choice). */
	static final int REFERENCE_CHOICES = 100;

	/**
	 * The annotations a reference may point to, nearest to the annotation first considered, at most
	 * {@value #REFERENCE_CHOICES} (a long document can have thousands of speakers), in text order, plus the current
	 * choice wherever it is.
	 */
	private List<ChoiceAttributeField.Choice> referenceChoices(AttributeType attribute) {
		Optional<Annotation> self = set.annotation(annotationId);
		int at = self.map(Annotation::start).orElse(0);
		Optional<String> current = self.flatMap(a -> a.attribute(attribute.id()))
				.filter(AttributeValue.Ref.class::isInstance).map(v -> ((AttributeValue.Ref) v).annotationId());
		java.util.function.Predicate<Annotation> target = c -> !c.id().equals(annotationId)
				&& (attribute.targetTypes().isEmpty() || attribute.targetTypes().contains(c.type()));
		List<Annotation> candidates = nearest(set.annotations(), at, target, REFERENCE_CHOICES);
		current.flatMap(set::annotation).filter(c -> !candidates.contains(c)).ifPresent(candidates::add);
		candidates.sort(org.policyannotator.model.AnnotationSet.ORDER);
		List<ChoiceAttributeField.Choice> choices = new ArrayList<>();
		for (Annotation candidate : candidates) {
			choices.add(new ChoiceAttributeField.Choice(LinkRow.describe(set, schema, candidate.id()),
					new AttributeValue.Ref(candidate.id())));
		}
		return choices;
	}

	/**
	 * The {@code most} annotations nearest to offset {@code at} that {@code wanted} accepts, found by walking outward
	 * from {@code at} in the list in text order: on a long document only the neighbourhood is looked at.
	 */
	static List<Annotation> nearest(List<Annotation> inTextOrder, int at,
			java.util.function.Predicate<Annotation> wanted, int most) {
		int lo = 0;
		int hi = inTextOrder.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (inTextOrder.get(mid).start() < at) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		List<Annotation> found = new ArrayList<>();
		int before = lo - 1;
		int after = lo;
		while (found.size() < most && (before >= 0 || after < inTextOrder.size())) {
			boolean takeAfter = before < 0 || after < inTextOrder.size()
					&& inTextOrder.get(after).start() - at <= at - inTextOrder.get(before).start();
			Annotation next = takeAfter ? inTextOrder.get(after++) : inTextOrder.get(before--);
			if (wanted.test(next)) {
				found.add(next);
			}
		}
		return found;
	}

	/** Shows the current values of an annotation of the type the form was built for. */
	void show(Annotation annotation) {
		annotationId = annotation.id();
		TagType tagType = schema.tagType(annotation.type()).orElse(null);
		header.setText((tagType == null ? annotation.type() : tagType.label()) + " \u201c"
				+ LinkRow.shorten(annotation.spans().stream().map(s -> s.quote()).reduce((a, b) -> a + " \u2026 " + b)
						.orElse(""))
				+ "\u201d \u2014 " + annotation.annotator() + (annotation.orphaned() ? " (orphaned)" : ""));
		type.show(Optional.ofNullable(tagType));
		status.select(annotation.status().ordinal());
		fields.forEach((id, field) -> field.show(annotation.attribute(id)));
		shownNote = annotation.note();
		noteReplaced = !note.getText().equals(shownNote);
		if (noteReplaced) {
			note.setText(shownNote);
		}
		links.show(LinkRow.of(set, schema, annotation));
	}

	/** Whether this form was built for this schema and set (a changed schema or another set needs a new form). */
	boolean builtFor(Schema currentSchema, AnnotationSet currentSet) {
		return schema == currentSchema && set == currentSet;
	}

	/** Shows or hides the form; a hidden one takes no room. */
	void setShown(boolean shown) {
		((GridData) body.getLayoutData()).exclude = !shown;
		body.setVisible(shown);
	}

	/**
	 * The controls whose size may have changed with the last {@link #show}: the note if it got another text, text
	 * fields and drop-downs given new choices (measuring every drop-down again is what made moving between
	 * annotations slow). The header keeps its size ({@link HeaderLine}).
	 */
	List<Control> changedControls() {
		List<Control> changed = new ArrayList<>();
		if (noteReplaced) {
			changed.add(note);
		}
		fields.values().stream().filter(AttributeField::sizeMayHaveChanged).map(AttributeField::control)
				.forEach(changed::add);
		return changed;
	}

	/** The form as a whole. */
	Control control() {
		return body;
	}

	private void setAttribute(AttributeType attribute, Optional<AttributeValue> value) {
		actions.change("Set " + attribute.label(), a -> Objects.equals(a.attributes().get(attribute.id()), value.orElse(null)) ? a
				: value.map(v -> a.withAttribute(attribute.id(), v, Instant.now()))
						.orElseGet(() -> a.withoutAttribute(attribute.id(), Instant.now())));
	}

	private void retype(TagType chosen) {
		actions.change("Retype as " + chosen.label(),
				a -> a.type().equals(chosen.id()) ? a : a.withType(chosen.id(), Instant.now()));
	}

	private void restatus() {
		AnnotationStatus chosen = AnnotationStatus.values()[status.getSelectionIndex()];
		actions.change("Mark " + chosen.key(), a -> a.status() == chosen ? a : a.withStatus(chosen, Instant.now()));
	}

	private void commitNote() {
		if (note.isDisposed() || note.getText().equals(shownNote)) {
			return;
		}
		String text = note.getText();
		actions.change("Edit note", a -> a.note().equals(text) ? a : a.withNote(text, Instant.now()));
	}

	void dispose() {
		body.dispose();
	}

	/** The control that edits an attribute (for tests and for focus). */
	public Control attributeControl(String attributeId) {
		return fields.get(attributeId).control();
	}

	/** The problem shown under an attribute's field, empty if none. */
	public String attributeProblem(String attributeId) {
		return fields.get(attributeId) instanceof TextAttributeField text ? text.problem() : "";
	}

	/** What shows and changes the type: a drop-down, or for a large codebook a button that opens a code picker. */
	public Control typeControl() {
		return type.control();
	}

	/** The drop-down of the type (a small codebook's; a large one's type is a button that opens a code picker). */
	public Optional<Combo> typeCombo() {
		return type.combo();
	}

	public Combo statusCombo() {
		return status;
	}

	public Text noteText() {
		return note;
	}

	public TableViewer links() {
		return links.viewer();
	}

	public Button followButton() {
		return links.followButton();
	}

	public Button removeLinkButton() {
		return links.removeButton();
	}
}
