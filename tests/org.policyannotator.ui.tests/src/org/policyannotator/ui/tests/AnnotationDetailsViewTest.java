package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.AnnotationSteps.DOCUMENT;
import static org.policyannotator.ui.tests.AnnotationSteps.tag;
import static org.policyannotator.ui.tests.AnnotationSteps.undo;
import static org.policyannotator.ui.tests.AnnotationSteps.view;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.views.details.AnnotationDetailsView;
import org.policyannotator.ui.views.details.DetailsForm;

/** The Annotation Details view: the right control per attribute kind, each change one undoable edit. */
class AnnotationDetailsViewTest {
	private static final String CLAIM = "China and South Korea are permanent neighbors";
	private static final String PROPOSAL = "four-point proposal";

	@AfterEach
	void cleanUp() throws Exception {
		AnnotationSteps.closeAndForget();
	}

	private static DetailsForm form() throws Exception {
		AnnotationDetailsView view = view(ViewIds.ANNOTATION_DETAILS);
		processEvents();
		return view.form().orElseThrow(() -> new AssertionError("no annotation shown in the details view"));
	}

	private static Annotation current(AnnotationEditor editor, Annotation annotation) {
		return editor.session().orElseThrow().set().annotation(annotation.id()).orElseThrow();
	}

	private static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		assertTrue(index >= 0, item + " is offered among " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, null);
		processEvents();
	}

	private static void type(DetailsForm form, String attribute, String input) {
		Text field = (Text) form.attributeControl(attribute);
		field.setText(input);
		processEvents();
		field.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
	}

	@Test
	void anEnumIsChosenFromItsAllowedValuesAndTheChangeIsUndoable() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation claim = tag(editor, CLAIM, "1");
		Combo stance = (Combo) form().attributeControl("stance");
		assertEquals(List.of("", "endorsed", "neutral", "disputed"), List.of(stance.getItems()));

		choose(stance, "disputed");

		assertEquals(Optional.of(new AttributeValue.Text("disputed")), current(editor, claim).attribute("stance"));
		undo(editor);
		assertEquals(Optional.empty(), current(editor, claim).attribute("stance"));
		assertEquals("", ((Combo) form().attributeControl("stance")).getText(), "the form follows the undo");
	}

	@Test
	void movingBetweenTwoClaimsShowsEachOnesValuesAndEditsTheOneShown() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation first = tag(editor, CLAIM, "1");
		choose((Combo) form().attributeControl("stance"), "disputed");
		Annotation second = tag(editor, PROPOSAL, "1");
		assertEquals("", ((Combo) form().attributeControl("stance")).getText(), "the second claim has no stance yet");

		choose((Combo) form().attributeControl("stance"), "endorsed");
		assertEquals(Optional.of(new AttributeValue.Text("endorsed")), current(editor, second).attribute("stance"));
		assertEquals(Optional.of(new AttributeValue.Text("disputed")), current(editor, first).attribute("stance"),
				"the first claim keeps its stance");

		editor.select(first.id());
		processEvents();
		assertEquals("disputed", ((Combo) form().attributeControl("stance")).getText());
		choose((Combo) form().attributeControl("stance"), "neutral");
		assertEquals(Optional.of(new AttributeValue.Text("neutral")), current(editor, first).attribute("stance"));
		assertEquals(Optional.of(new AttributeValue.Text("endorsed")), current(editor, second).attribute("stance"));
	}

	@Test
	void anInvalidNumberIsExplainedAndNotAppliedAValidOneIs() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation statistic = tag(editor, PROPOSAL, "2");
		DetailsForm form = form();

		type(form, "value", "twelve");
		assertFalse(form.attributeProblem("value").isEmpty(), "the problem is shown under the field");
		assertEquals(Optional.empty(), current(editor, statistic).attribute("value"));

		((Text) form.attributeControl("value")).setText("24.50");
		processEvents();
		assertEquals(Optional.empty(), current(editor, statistic).attribute("value"), "nothing applies while typing");
		type(form, "value", "24.50");
		assertEquals("", form.attributeProblem("value"));
		assertEquals(Optional.of(new AttributeValue.Number(new BigDecimal("24.5"))),
				current(editor, statistic).attribute("value"));

		Button estimate = (Button) form.attributeControl("estimate");
		estimate.setSelection(true);
		estimate.notifyListeners(SWT.Selection, null);
		processEvents();
		assertEquals(Optional.of(new AttributeValue.Bool(true)), current(editor, statistic).attribute("estimate"));

		type(form, "unit", "trillion yuan");
		assertEquals(Optional.of(new AttributeValue.Text("trillion yuan")), current(editor, statistic).attribute("unit"));
	}

	@Test
	void aDateMustBeIsoAndIsAppliedWhenValid() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation proposal = tag(editor, PROPOSAL, "3");
		DetailsForm form = form();

		type(form, "date", "2025-13-01");
		assertFalse(form.attributeProblem("date").isEmpty());
		assertEquals(Optional.empty(), current(editor, proposal).attribute("date"));

		type(form, "date", "2025-11-01");
		assertEquals(Optional.of(new AttributeValue.Date(LocalDate.of(2025, 11, 1))),
				current(editor, proposal).attribute("date"));
	}

	@Test
	void aReferenceIsPickedAmongAnnotationsOfTheAllowedTypes() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation speaker = tag(editor, "Xi", "6");
		tag(editor, PROPOSAL, "3");
		Annotation claim = tag(editor, CLAIM, "1");
		Combo claimant = (Combo) form().attributeControl("claimant");
		assertEquals(2, claimant.getItemCount(), "the empty choice and the one speaker: " + List.of(claimant.getItems()));

		claimant.select(1);
		claimant.notifyListeners(SWT.Selection, null);
		processEvents();

		assertEquals(Optional.of(new AttributeValue.Ref(speaker.id())), current(editor, claim).attribute("claimant"));
	}

	@Test
	void aLongListOfReferenceChoicesArrivesWhenTheUserComesToTheDropDown() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		String text = editor.session().orElseThrow().document().text();
		java.util.regex.Matcher words = java.util.regex.Pattern.compile("\\b[A-Z][a-z]{3,}\\b").matcher(text);
		int speakers = 0;
		while (speakers < 30 && words.find()) {
			editor.tagSpan("speaker", words.start(), words.end());
			speakers++;
		}
		assertEquals(30, speakers, "the sample article has enough capitalised words");
		Annotation claim = tag(editor, CLAIM, "1");
		Combo claimant = (Combo) form().attributeControl("claimant");
		assertEquals(1, claimant.getItemCount(), "only the empty choice until the user goes to the list");

		claimant.notifyListeners(SWT.FocusIn, new org.eclipse.swt.widgets.Event());
		assertEquals(31, claimant.getItemCount(), "the empty choice and every speaker: " + List.of(claimant.getItems()));
		claimant.select(5);
		claimant.notifyListeners(SWT.Selection, null);
		processEvents();
		assertTrue(current(editor, claim).attribute("claimant").isPresent(), "the chosen speaker is the claimant");

		Combo shown = (Combo) form().attributeControl("claimant");
		assertEquals(claimant.getItem(5), shown.getItem(shown.getSelectionIndex()),
				"the form shows the chosen speaker after the change");
	}

	@Test
	void typeStatusAndNoteAreEditedEachAsOneUndoableEdit() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation annotation = tag(editor, CLAIM, "1");

		choose(form().statusCombo(), "suggested");
		assertEquals(AnnotationStatus.SUGGESTED, current(editor, annotation).status());

		Text note = form().noteText();
		note.setText("check the source");
		processEvents();
		assertEquals("", current(editor, annotation).note(), "the note is not applied on each keystroke");
		note.notifyListeners(SWT.FocusOut, new Event());
		processEvents();
		assertEquals("check the source", current(editor, annotation).note());

		choose(form().typeCombo().orElseThrow(), "Quote");
		assertEquals("quote", current(editor, annotation).type());
		assertTrue(form().attributeControl("kind") instanceof Combo, "the form shows the quote's attributes");

		undo(editor);
		assertEquals("claim", current(editor, annotation).type());
		undo(editor);
		assertEquals("", current(editor, annotation).note());
	}

	@Test
	void linksAreListedFollowedAndRemoved() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation speaker = tag(editor, "Xi", "6");
		Annotation quote = tag(editor,
				"China has consistently placed relations with South Korea high on its regional diplomatic agenda", "5");
		editor.link(quote.id(), "said-by", speaker.id());
		processEvents();
		DetailsForm form = form();
		assertEquals(1, form.links().getTable().getItemCount());
		assertTrue(form.links().getTable().getItem(0).getText().contains("\u201cXi\u201d"),
				form.links().getTable().getItem(0).getText());

		form.links().setSelection(new StructuredSelection(form.links().getElementAt(0)));
		form.followButton().notifyListeners(SWT.Selection, null);
		processEvents();
		assertEquals(speaker.id(), editor.selectedAnnotation().orElseThrow().id(), "Follow selects the speaker");
		DetailsForm speakersForm = form();
		assertEquals(1, speakersForm.links().getTable().getItemCount(), "the speaker lists the incoming link");

		speakersForm.links().setSelection(new StructuredSelection(speakersForm.links().getElementAt(0)));
		speakersForm.removeLinkButton().notifyListeners(SWT.Selection, null);
		processEvents();
		AnnotationSet set = editor.session().orElseThrow().set();
		assertEquals(List.of(), set.relations());
		undo(editor);
		assertEquals(1, set.relations().size(), "removing a link is undoable");
	}
}
