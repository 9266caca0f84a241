package org.policyannotator.ui.views.details;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.codes.CodePicker;

/**
 * The type of the annotation in the details form. For a small codebook a drop-down of every code; for a larger one
 * a button naming the code that opens a list to find another by typing: GTK takes most of a second to fill and
 * measure a drop-down of a thousand codes, and the form is made anew for each code an annotation has.
 */
final class TypeField {
	/** Up to how many codes the type is a drop-down. */
	static final int DROP_DOWN_CODES = 40;

	private final Schema schema;
	private final Consumer<TagType> retype;
	private final Optional<Combo> combo;
	private final Optional<Button> button;

	TypeField(Composite parent, Schema schema, Consumer<TagType> retype) {
		this.schema = schema;
		this.retype = retype;
		if (schema.tagTypes().size() <= DROP_DOWN_CODES) {
			Combo drop = new Combo(parent, SWT.READ_ONLY);
			schema.tagTypes().forEach(t -> drop.add(t.numberedLabel()));
			drop.addListener(SWT.Selection, event -> {
				if (drop.getSelectionIndex() >= 0) {
					retype.accept(schema.tagTypes().get(drop.getSelectionIndex()));
				}
			});
			combo = Optional.of(drop);
			button = Optional.empty();
		} else {
			Button push = new Button(parent, SWT.PUSH);
			push.setToolTipText("Choose another code (type to find it)");
			push.addListener(SWT.Selection, event -> pick(push));
			combo = Optional.empty();
			button = Optional.of(push);
		}
		control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	/** Shows {@code type} (none: a type the codebook lacks). */
	void show(Optional<TagType> type) {
		combo.ifPresent(c -> c.select(type.map(schema.tagTypes()::indexOf).orElse(-1)));
		button.ifPresent(b -> b.setText(type.map(TagType::numberedLabel).orElse("(not in the codebook)") + " \u25BE"));
	}

	Control control() {
		return combo.<Control> map(c -> c).orElseGet(button::orElseThrow);
	}

	/** The drop-down, for a small codebook. */
	Optional<Combo> combo() {
		return combo;
	}

	private void pick(Button push) {
		CodePicker.choose(push.getShell(), "Type", "Give the annotation the code:", schema.tagTypes())
				.map(TagType.class::cast).ifPresent(retype);
	}
}
