package org.policyannotator.ui.views.details;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.schema.AttributeType;

/**
 * The control that edits one attribute of the selected annotation. It shows a value and reports the value the user
 * chose ({@code Optional.empty()} removes the attribute); invalid input is shown, never reported.
 */
abstract class AttributeField {
	final AttributeType type;
	final Consumer<Optional<AttributeValue>> onChange;

	AttributeField(AttributeType type, Consumer<Optional<AttributeValue>> onChange) {
		this.type = type;
		this.onChange = onChange;
	}

	/** Shows the annotation's current value. */
	abstract void show(Optional<AttributeValue> value);

	/** Whether the last {@link #show} may have changed the control's preferred size (it must be measured again). */
	boolean sizeMayHaveChanged() {
		return true;
	}

	/** The main control (the one a test or the user types into). */
	abstract Control control();
}
