package org.policyannotator.ui.views.details;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.ui.widgets.CheckBoxes;

/** A check box for a BOOLEAN attribute: checked sets true, unchecked sets false. */
final class BooleanAttributeField extends AttributeField {
	private final Button check;

	BooleanAttributeField(Composite parent, AttributeType type, Consumer<Optional<AttributeValue>> onChange) {
		super(type, onChange);
		check = CheckBoxes.create(parent, null);
		check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		check.addListener(SWT.Selection,
				event -> onChange.accept(Optional.of(new AttributeValue.Bool(check.getSelection()))));
	}

	@Override
	void show(Optional<AttributeValue> value) {
		check.setSelection(value.filter(v -> v instanceof AttributeValue.Bool b && b.value()).isPresent());
	}

	@Override
	boolean sizeMayHaveChanged() {
		return false; // a check box with a fixed label
	}

	@Override
	Control control() {
		return check;
	}
}
