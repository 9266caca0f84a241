package org.policyannotator.ui.preferences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Window > Preferences > Policy Annotator > Colours and Keys: a colour and a key (1-9) for every tag type of the
 * default schema and of the user's corpora. Applies to editors opened afterwards. Restore Defaults goes back to
 * the schema's colours and keys.
 */
public final class TagAppearancePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	private static final String[] KEYS = { "", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

	/** One row of the page. */
	private record Row(TagType type, ColorSelector colour, Combo key) {
	}

	private final List<Row> rows = new ArrayList<>();

	public TagAppearancePreferencePage() {
		setDescription("Your own colours and keys for the tag types (the corpus's schema is not changed). "
				+ "Documents opened afterwards use them.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// Restore Defaults and Apply are shown
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("Tag type");
		new Label(page, SWT.NONE).setText("Colour");
		new Label(page, SWT.NONE).setText("Key");
		for (TagType type : knownTypes().values()) {
			Label label = new Label(page, SWT.NONE);
			label.setText(type.label() + "  (" + type.id() + ")");
			label.setToolTipText(type.description());
			ColorSelector colour = new ColorSelector(page);
			Combo key = new Combo(page, SWT.READ_ONLY);
			key.setItems(KEYS);
			key.setLayoutData(new GridData(60, SWT.DEFAULT));
			key.addListener(SWT.Selection, e -> validate());
			Row row = new Row(type, colour, key);
			show(row, TagAppearance.rgb(type), TagAppearance.key(type));
			rows.add(row);
		}
		return page;
	}

	private void validate() {
		Map<String, String> used = new LinkedHashMap<>();
		String problem = null;
		for (Row row : rows) {
			String key = row.key().getText();
			String previous = key.isEmpty() ? null : used.put(key, row.type().label());
			if (previous != null && problem == null) {
				problem = "Key " + key + " is given to both " + previous + " and " + row.type().label() + ".";
			}
		}
		setErrorMessage(problem);
		setValid(problem == null);
	}

	/** Shows the schema's own colours and keys (saved with OK or Apply). */
	@Override
	protected void performDefaults() {
		for (Row row : rows) {
			show(row, row.type().rgb(), row.type().key());
		}
		validate();
		super.performDefaults();
	}

	/** Saves the choices; a row left at the schema's colour and key keeps following the schema. */
	@Override
	public boolean performOk() {
		for (Row row : rows) {
			RGB rgb = row.colour().getColorValue();
			int chosen = (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
			String key = row.key().getText();
			if (chosen == (row.type().rgb() & 0xffffff) && key.equals(row.type().key())) {
				TagAppearance.reset(row.type().id());
			} else {
				TagAppearance.choose(row.type().id(), chosen, key);
			}
		}
		return true;
	}

	private static void show(Row row, int rgb, String key) {
		row.colour().setColorValue(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
		row.key().select(Math.max(0, List.of(KEYS).indexOf(key)));
	}

	/** The tag types of the default schema and of every registered corpus, by id (first seen wins). */
	private static Map<String, TagType> knownTypes() {
		Map<String, TagType> types = new LinkedHashMap<>();
		Schema.defaultSchema().tagTypes().forEach(t -> types.putIfAbsent(t.id(), t));
		for (Path folder : CorpusRegistry.getDefault().folders()) {
			try {
				CorpusRegistry.getDefault().corpus(folder).schema().tagTypes().forEach(t -> types.putIfAbsent(t.id(), t));
			} catch (Exception e) {
				// a corpus that does not open contributes no types
			}
		}
		return types;
	}

	/** The key shown for a type (for tests). */
	String shownKey(String typeId) {
		return rows.stream().filter(r -> r.type().id().equals(typeId)).map(r -> r.key().getText()).findFirst()
				.orElseThrow();
	}

	/** Chooses a key for a row (for tests). */
	void chooseKey(String typeId, String key) {
		rows.stream().filter(r -> r.type().id().equals(typeId)).forEach(r -> r.key().select(List.of(KEYS).indexOf(key)));
		validate();
	}
}
