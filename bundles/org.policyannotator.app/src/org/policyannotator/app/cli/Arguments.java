package org.policyannotator.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed arguments of one subcommand: positional words, {@code --option value} pairs and {@code --flag}s.
 * Unknown options are bad usage, so a typo never silently changes what a command does.
 */
public final class Arguments {
	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new LinkedHashMap<>();
	private final Set<String> presentFlags = new java.util.HashSet<>();

	private Arguments() {
	}

	/**
	 * @param args         the words after the subcommand name
	 * @param valueOptions options that take a value, e.g. {@code "--corpus"}
	 * @param flags        options without a value, e.g. {@code "--json"}
	 */
	public static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flags) {
		Arguments parsed = new Arguments();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && arg.length() > 2) {
				String name = arg;
				String inlineValue = null;
				int eq = arg.indexOf('=');
				if (eq > 0) {
					name = arg.substring(0, eq);
					inlineValue = arg.substring(eq + 1);
				}
				if (valueOptions.contains(name)) {
					String value = inlineValue;
					if (value == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException(name + " needs a value");
						}
						value = args.get(++i);
					}
					if (parsed.options.put(name, value) != null) {
						throw new UsageException(name + " is given twice");
					}
				} else if (flags.contains(name) && inlineValue == null) {
					parsed.presentFlags.add(name);
				} else {
					throw new UsageException("unknown option " + arg);
				}
			} else {
				parsed.positional.add(arg);
			}
		}
		return parsed;
	}

	public List<String> positional() {
		return List.copyOf(positional);
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	public String required(String name) {
		return option(name).orElseThrow(() -> new UsageException(name + " is required"));
	}

	/** A whole number above zero given with {@code name}, or {@code defaultValue} when the option is absent. */
	public int positiveInt(String name, int defaultValue) {
		Optional<String> value = option(name);
		if (value.isEmpty()) {
			return defaultValue;
		}
		try {
			int n = Integer.parseInt(value.get().strip());
			if (n > 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(name + " needs a whole number above zero, not " + value.get());
	}

	public boolean flag(String name) {
		return presentFlags.contains(name);
	}
}
