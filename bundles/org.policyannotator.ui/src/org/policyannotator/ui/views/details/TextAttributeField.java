package org.policyannotator.ui.views.details;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.schema.AttributeKind;
import org.policyannotator.model.schema.AttributeType;

/**
 * A text field for a STRING, NUMBER or DATE attribute. The value is applied on Enter or when the field loses the
 * focus, never on each keystroke; a number or date that does not parse is explained under the field and not applied.
 */
final class TextAttributeField extends AttributeField {
	private final Text text;
	private final Label problem;
	private String shown = "";

	TextAttributeField(Composite parent, AttributeType type, Consumer<Optional<AttributeValue>> onChange) {
		super(type, onChange);
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 1;
		box.setLayout(layout);
		box.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text = new Text(box, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setMessage(switch (type.kind()) {
		case NUMBER -> "a number, e.g. 24.5";
		case DATE -> "yyyy-mm-dd";
		default -> "";
		});
		problem = new Label(box, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false);
		problemData.exclude = true;
		problem.setLayoutData(problemData);
		problem.setVisible(false);
		text.addListener(SWT.DefaultSelection, event -> commit());
		text.addListener(SWT.FocusOut, event -> commit());
		text.addListener(SWT.Modify, event -> {
			if (text.getText().equals(shown)) {
				showProblem(Optional.empty());
			}
		});
	}

	@Override
	void show(Optional<AttributeValue> value) {
		shown = value.map(AttributeValue::display).orElse("");
		if (!text.getText().equals(shown)) {
			text.setText(shown);
		}
		showProblem(Optional.empty());
	}

	/** Applies what the user typed, if it changed and is valid. */
	void commit() {
		if (text.isDisposed()) {
			return;
		}
		String input = text.getText().strip();
		if (input.equals(shown)) {
			showProblem(Optional.empty());
			return;
		}
		if (input.isEmpty()) {
			showProblem(Optional.empty());
			onChange.accept(Optional.empty());
			return;
		}
		Parsed parsed = parse(type.kind(), input);
		Optional<String> problemText = parsed.problem().or(() -> parsed.value().flatMap(type::problemWith));
		showProblem(problemText);
		if (problemText.isEmpty()) {
			onChange.accept(parsed.value());
		}
	}

	private record Parsed(Optional<AttributeValue> value, Optional<String> problem) {
	}

	private static Parsed parse(AttributeKind kind, String input) {
		try {
			return switch (kind) {
			case NUMBER -> new Parsed(Optional.of(new AttributeValue.Number(new BigDecimal(input))), Optional.empty());
			case DATE -> new Parsed(Optional.of(new AttributeValue.Date(LocalDate.parse(input))), Optional.empty());
			default -> new Parsed(Optional.of(new AttributeValue.Text(input)), Optional.empty());
			};
		} catch (NumberFormatException e) {
			return new Parsed(Optional.empty(), Optional.of("\u201c" + input + "\u201d is not a number (e.g. 24.5)"));
		} catch (DateTimeParseException e) {
			return new Parsed(Optional.empty(), Optional.of("\u201c" + input + "\u201d is not a date yyyy-mm-dd"));
		}
	}

	private void showProblem(Optional<String> message) {
		if (problem.isDisposed()) {
			return;
		}
		boolean visible = message.isPresent();
		problem.setText(message.orElse(""));
		if (problem.getVisible() != visible) {
			problem.setVisible(visible);
			((GridData) problem.getLayoutData()).exclude = !visible;
			problem.getParent().getParent().layout(true, true);
		}
	}

	/** The problem shown under the field, empty if none. */
	String problem() {
		return problem.getVisible() ? problem.getText() : "";
	}

	@Override
	Control control() {
		return text;
	}
}
