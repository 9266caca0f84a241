package org.policyannotator.app.workbench;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About: what this is, its exact version, and what it runs on. */
final class AboutDialog {
	private AboutDialog() {
	}

	static void open(Shell shell) {
		MessageDialog.openInformation(shell, "About Policy Annotator", text());
	}

	/** The dialog's text: name, version (with the build qualifier), Java and Eclipse platform, where data lives. */
	static String text() {
		Bundle app = FrameworkUtil.getBundle(AboutDialog.class);
		Bundle platform = Platform.getBundle("org.eclipse.ui.workbench");
		return "Policy Annotator " + app.getVersion() + "\n\n"
				+ "Tag claims, statistics, proposals and quotes in policy documents, compare annotators, grade coding "
				+ "exercises and export JSON datasets.\n\n"
				+ "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")\n"
				+ "Eclipse platform: workbench " + (platform == null ? "unknown" : platform.getVersion()) + "\n"
				+ "Workspace: " + Platform.getInstanceLocation().getURL().getPath();
	}
}
