package org.policyannotator.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.model.speakers.SpeakerPersons.Person;

/**
 * A field to name a speaker in: as the user types, the persons whose name contains the typed text are proposed
 * (Ctrl+Space lists them all). It scales to documents that name thousands of speakers, where a drop-down list costs a
 * second to fill on every switch between documents.
 */
final class SpeakerField {
	/** The most names a proposal list shows; typing more narrows it. */
	static final int MOST_PROPOSALS = 200;

	private SpeakerField() {
	}

	static Text create(Composite parent, Supplier<List<Person>> persons) {
		Text field = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL);
		GridData layout = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		layout.widthHint = 150;
		field.setLayoutData(layout);
		IContentProposalProvider provider = (contents, position) -> proposals(persons.get(), contents);
		ContentProposalAdapter adapter = new ContentProposalAdapter(field, new TextContentAdapter(), provider,
				KeyStroke.getInstance(SWT.CTRL, ' '), letters());
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		return field;
	}

	/** The persons whose name contains {@code typed} (ignoring case), names starting with it first. */
	static IContentProposal[] proposals(List<Person> persons, String typed) {
		String wanted = typed.strip().toLowerCase(Locale.ROOT);
		return persons.stream().map(Person::name).distinct()
				.filter(name -> name.toLowerCase(Locale.ROOT).contains(wanted))
				.sorted(java.util.Comparator.comparing((String name) -> !name.toLowerCase(Locale.ROOT).startsWith(wanted))
						.thenComparing(String.CASE_INSENSITIVE_ORDER))
				.limit(MOST_PROPOSALS).map(name -> new ContentProposal(name)).toArray(IContentProposal[]::new);
	}

	private static char[] letters() {
		StringBuilder letters = new StringBuilder();
		for (char c = 'a'; c <= 'z'; c++) {
			letters.append(c).append(Character.toUpperCase(c));
		}
		return letters.toString().toCharArray();
	}
}
