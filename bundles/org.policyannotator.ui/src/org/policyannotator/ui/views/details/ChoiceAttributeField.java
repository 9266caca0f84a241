package org.policyannotator.ui.views.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.schema.AttributeType;

/**
 * A drop-down for an attribute with a fixed list of choices: an ENUM's allowed words, or a REFERENCE's possible
 * target annotations. The first, empty choice removes the attribute.
 */
final class ChoiceAttributeField extends AttributeField {
	/** One choice: what the user reads and the value it sets. */
	record Choice(String label, AttributeValue value) {
	}

	private final Combo combo;
	private final Supplier<List<Choice>> choices;
	private final List<Choice> shownChoices = new ArrayList<>();
	private boolean itemsChanged = true;

	ChoiceAttributeField(Composite parent, AttributeType type, Supplier<List<Choice>> choices,
			Consumer<Optional<AttributeValue>> onChange) {
		super(type, onChange);
		this.choices = choices;
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, event -> chosen());
	}

	@Override
	void show(Optional<AttributeValue> value) {
		List<Choice> offered = new ArrayList<>(choices.get());
		if (value.isPresent() && offered.stream().noneMatch(c -> c.value().equals(value.get()))) {
			offered.add(new Choice(value.get().display() + " (not allowed)", value.get()));
		}
		// filling a drop-down and measuring it again is slow: only when the choices changed
		itemsChanged = !offered.equals(shownChoices) || combo.getItemCount() != offered.size() + 1;
		if (itemsChanged) {
			shownChoices.clear();
			shownChoices.addAll(offered);
			combo.removeAll();
			combo.add("");
			shownChoices.forEach(c -> combo.add(c.label()));
		}
		int index = value.map(v -> indexOf(v) + 1).orElse(0);
		combo.select(index);
	}

	private int indexOf(AttributeValue value) {
		for (int i = 0; i < shownChoices.size(); i++) {
			if (shownChoices.get(i).value().equals(value)) {
				return i;
			}
		}
		return -1;
	}

	private void chosen() {
		int index = combo.getSelectionIndex();
		onChange.accept(index <= 0 ? Optional.empty() : Optional.of(shownChoices.get(index - 1).value()));
	}

	@Override
	boolean sizeMayHaveChanged() {
		return itemsChanged;
	}

	@Override
	Control control() {
		return combo;
	}
}
