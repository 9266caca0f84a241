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
	/** Whether every choice is in the drop-down (else only the empty choice and the value shown). */
	private boolean filled;
	private Optional<AttributeValue> shownValue = Optional.empty();
	/** Lists up to this long (an enumeration's words) are filled at once. */
	private static final int EAGER = 20;

	ChoiceAttributeField(Composite parent, AttributeType type, Supplier<List<Choice>> choices,
			Consumer<Optional<AttributeValue>> onChange) {
		super(type, onChange);
		this.choices = choices;
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, event -> chosen());
		// the full list arrives as the user comes to the drop-down: by the mouse or by the keyboard
		combo.addListener(SWT.FocusIn, event -> fill());
		combo.addListener(SWT.MouseDown, event -> fill());
	}

	@Override
	void show(Optional<AttributeValue> value) {
		List<Choice> offered = new ArrayList<>(choices.get());
		if (value.isPresent() && offered.stream().noneMatch(c -> c.value().equals(value.get()))) {
			offered.add(new Choice(value.get().display() + " (not allowed)", value.get()));
		}
		shownValue = value;
		// filling a drop-down and measuring it again is slow: only when the choices changed, and a long list (the
		// annotations a reference may point to) only when the user goes to the drop-down
		itemsChanged = !offered.equals(shownChoices);
		if (itemsChanged) {
			shownChoices.clear();
			shownChoices.addAll(offered);
			filled = false;
		}
		if (!filled && shownChoices.size() <= EAGER) {
			fill();
		} else if (!filled) {
			int index = value.map(this::indexOf).orElse(-1);
			combo.setItems(index < 0 ? new String[] { "" } : new String[] { "", shownChoices.get(index).label() });
			combo.select(index < 0 ? 0 : 1);
			return;
		}
		combo.select(value.map(v -> indexOf(v) + 1).orElse(0));
	}

	/** Puts every choice in the drop-down (when shown, or when the user comes to it). */
	private void fill() {
		if (filled) {
			return;
		}
		String[] items = new String[shownChoices.size() + 1];
		items[0] = "";
		for (int i = 0; i < shownChoices.size(); i++) {
			items[i + 1] = shownChoices.get(i).label();
		}
		combo.setItems(items);
		combo.select(shownValue.map(v -> indexOf(v) + 1).orElse(0));
		filled = true;
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
		if (!filled) { // only "" and the value shown: keeping the value changes nothing
			if (index <= 0) {
				onChange.accept(Optional.empty());
			}
			return;
		}
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
