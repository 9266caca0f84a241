package org.policyannotator.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutation of valid inputs, for fuzz tests of readers: truncations, flipped and deleted bytes, duplicated
 * ranges, JSON tokens and values that readers get wrong (deep nesting, huge and negative numbers, lone surrogates,
 * byte order marks, invalid UTF-8, NUL). The same seed gives the same inputs, so a failure can be replayed.
 */
public final class Mutations {
	/** How many inputs each reader gets: a short budget in every build, more with POLICYANNOTATOR_FUZZ_INPUTS. */
	public static final int BUDGET = Integer.parseInt(
			System.getenv().getOrDefault("POLICYANNOTATOR_FUZZ_INPUTS", "1500"));

	private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "false",
			"-1", "0", "1e309", "-1e309", "99999999999999999999999", "2147483648", "-2147483649", "0.0000001", "NaN",
			"\"\"", "\"\\ud800\"", "\"\\u0000\"", "\"x\"", "[]", "{}", "\"../x\"", "\"a1\"", "\"claim\"",
			"\"2026-02-30\"", "\"2026-01-05T09:30:00Z\"", "\uFEFF", "\"😀\"", "\"\\\"", "//", "/*", "\t");
	private static final byte[][] BYTES = { { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, { (byte) 0xC3, 0x28 },
			{ (byte) 0xFF, (byte) 0xFE }, { 0 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0x80 } };

	/** Varies the inputs from run to run when set (POLICYANNOTATOR_FUZZ_SEED); every build uses the same ones. */
	public static final long SEED = Long.parseLong(System.getenv().getOrDefault("POLICYANNOTATOR_FUZZ_SEED", "0"));

	private final Random random;

	/** Mutations drawn from {@code seed}. */
	public Mutations(long seed) {
		this.random = new Random(seed ^ SEED);
	}

	/** A mutated copy of {@code seed} (one to three mutations). */
	public byte[] mutate(byte[] seed) {
		byte[] input = seed;
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			input = once(input);
		}
		return input;
	}

	private byte[] once(byte[] input) {
		if (input.length == 0) {
			return token().getBytes(StandardCharsets.UTF_8);
		}
		int at = random.nextInt(input.length + 1);
		return switch (random.nextInt(10)) {
			case 0 -> slice(input, 0, at);
			case 1 -> flip(input);
			case 2 -> splice(input, at, Math.min(input.length, at + 1 + random.nextInt(16)), new byte[0]);
			case 3 -> splice(input, at, at, slice(input, random.nextInt(input.length), input.length));
			case 4 -> splice(input, at, at, BYTES[random.nextInt(BYTES.length)]);
			case 5 -> splice(input, at, at, nesting());
			case 6 -> replaceValue(input);
			case 7 -> splice(input, 0, 0, BYTES[0]);
			default -> splice(input, at, at, token().getBytes(StandardCharsets.UTF_8));
		};
	}

	private String token() {
		return TOKENS.get(random.nextInt(TOKENS.size()));
	}

	private byte[] nesting() {
		String open = random.nextBoolean() ? "[" : "{\"a\":";
		return open.repeat(1 + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
	}

	/** Replaces the value after a random {@code ":"} with a token: type confusion and out-of-range values. */
	private byte[] replaceValue(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		int colon = text.indexOf(':', random.nextInt(text.length()));
		if (colon < 0) {
			return flip(input);
		}
		int end = colon + 1;
		while (end < text.length() && " \t\n\r".indexOf(text.charAt(end)) >= 0) {
			end++;
		}
		int valueEnd = end;
		while (valueEnd < text.length() && ",}]\n".indexOf(text.charAt(valueEnd)) < 0) {
			valueEnd++;
		}
		return (text.substring(0, end) + token() + text.substring(valueEnd)).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] flip(byte[] input) {
		byte[] copy = input.clone();
		copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
		return copy;
	}

	private static byte[] slice(byte[] input, int from, int to) {
		byte[] out = new byte[to - from];
		System.arraycopy(input, from, out, 0, out.length);
		return out;
	}

	private static byte[] splice(byte[] input, int from, int to, byte[] insert) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + insert.length);
		out.write(input, 0, from);
		out.write(insert, 0, insert.length);
		out.write(input, to, input.length - to);
		return out.toByteArray();
	}
}
