package org.policyannotator.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.StatusLineContributionItem;

/** "Annotator: name" in the status line, updated when the annotator name preference changes. */
public final class AnnotatorStatusItem extends StatusLineContributionItem {
	public static final String ID = "org.policyannotator.ui.status.annotator";
	private final IPreferenceChangeListener listener = event -> {
		if (AnnotatorIdentity.KEY.equals(event.getKey())) {
			Display.getDefault().asyncExec(this::update);
		}
	};

	public AnnotatorStatusItem() {
		super(ID, true, 28);
		preferences().addPreferenceChangeListener(listener);
		update();
	}

	@Override
	public void update() {
		setText("Annotator: " + AnnotatorIdentity.current());
		setToolTipText("Your annotations are saved under this name (Window > Preferences > Policy Annotator)");
	}

	@Override
	public void dispose() {
		preferences().removePreferenceChangeListener(listener);
		super.dispose();
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(AnnotatorIdentity.PREFERENCE_NODE);
	}
}
