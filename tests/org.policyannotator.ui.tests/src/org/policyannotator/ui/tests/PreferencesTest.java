package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.AnnotatorNamePrompt;
import org.policyannotator.ui.preferences.AnnotationPreferencePage;
import org.policyannotator.ui.preferences.AnnotationPreferences;

/** Window > Preferences > Policy Annotator and the annotator name in the status line. */
class PreferencesTest {
	private static final String PAGE = "org.policyannotator.ui.preferencePage.annotation";
	private static final String FORCED = "policyannotator.annotator";

	@AfterEach
	void restore() throws Exception {
		System.setProperty(FORCED, "ui-test");
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AnnotatorIdentity.PREFERENCE_NODE);
		preferences.remove(AnnotatorIdentity.KEY);
		preferences.remove(AnnotationPreferences.SNAP_TO_WORDS);
		preferences.flush();
		processEvents();
	}

	private static List<String> statusTexts(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof CLabel label && label.getText() != null) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(statusTexts(child));
			}
		}
		return texts;
	}

	private static List<String> annotatorStatus() {
		return statusTexts(page().getWorkbenchWindow().getShell()).stream().filter(t -> t.startsWith("Annotator: "))
				.toList();
	}

	@Test
	void theStatusLineNamesTheAnnotator() {
		assertEquals(List.of("Annotator: ui-test"), annotatorStatus());
	}

	@Test
	void thePageRefusesAnInvalidNameAndItsChangesReachTheStatusLineAndTagging() throws Exception {
		assertNotNull(PlatformUI.getWorkbench().getPreferenceManager().find(PAGE), "the page is under Window > Preferences");
		System.clearProperty(FORCED);
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page().getWorkbenchWindow().getShell(), PAGE,
				new String[] { PAGE }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			AnnotationPreferencePage preferencePage = (AnnotationPreferencePage) dialog.getSelectedPage();
			preferencePage.annotatorField().setStringValue("not a name!");
			processEvents();
			assertFalse(preferencePage.isValid(), "a name that is no corpus id is refused");

			preferencePage.annotatorField().setStringValue("alice");
			processEvents();
			assertTrue(preferencePage.isValid());
			assertTrue(preferencePage.performOk());
		} finally {
			dialog.close();
		}
		processEvents();

		assertEquals("alice", AnnotatorIdentity.current());
		assertTrue(AnnotatorIdentity.isChosen());
		assertEquals(List.of("Annotator: alice"), annotatorStatus(), "the status line follows the preference");
	}

	@Test
	void theFirstStartAsksForTheNamePrefilledWithTheUserNameAndOnlyThen() {
		System.clearProperty(FORCED);
		assertFalse(AnnotatorIdentity.isChosen());
		CorpusNavigatorTest.pressDefaultButtonOf(AnnotatorNamePrompt.TITLE);

		assertTrue(AnnotatorNamePrompt.askIfNotChosen(page().getWorkbenchWindow().getShell()));

		assertTrue(AnnotatorIdentity.isChosen());
		assertEquals(AnnotatorIdentity.sanitize(System.getProperty("user.name")), AnnotatorIdentity.current());
		assertFalse(AnnotatorNamePrompt.askIfNotChosen(page().getWorkbenchWindow().getShell()),
				"once chosen, the name is not asked again");
	}

	@Test
	void snappingToWordsCanBeTurnedOff() throws Exception {
		assertTrue(AnnotationPreferences.snapToWords(), "on by default");
		InstanceScope.INSTANCE.getNode(AnnotatorIdentity.PREFERENCE_NODE).putBoolean(AnnotationPreferences.SNAP_TO_WORDS,
				false);
		assertFalse(AnnotationPreferences.snapToWords());
	}
}
