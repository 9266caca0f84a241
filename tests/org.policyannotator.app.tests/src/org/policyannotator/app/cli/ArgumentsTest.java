package org.policyannotator.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

	@Test
	void separatesPositionalWordsOptionsAndFlags() {
		Arguments args = Arguments.parse(List.of("a.html", "--corpus", "dir", "--json", "b.html", "--format=w3c"),
				Set.of("--corpus", "--format"), Set.of("--json"));
		assertEquals(List.of("a.html", "b.html"), args.positional());
		assertEquals(Optional.of("dir"), args.option("--corpus"));
		assertEquals("w3c", args.required("--format"));
		assertTrue(args.flag("--json"));
	}

	@Test
	void aTypoInAnOptionIsBadUsageNotSilentlyIgnored() {
		UsageException e = assertThrows(UsageException.class,
				() -> Arguments.parse(List.of("--corpsu", "dir"), Set.of("--corpus"), Set.of()));
		assertTrue(e.getMessage().contains("--corpsu"));
	}

	@Test
	void anOptionWithoutItsValueOrGivenTwiceIsBadUsage() {
		assertThrows(UsageException.class, () -> Arguments.parse(List.of("--corpus"), Set.of("--corpus"), Set.of()));
		assertThrows(UsageException.class,
				() -> Arguments.parse(List.of("--corpus", "a", "--corpus", "b"), Set.of("--corpus"), Set.of()));
		assertThrows(UsageException.class, () -> Arguments.parse(List.of(), Set.of("--corpus"), Set.of()).required("--corpus"));
	}

	@Test
	void aCountMustBeAWholeNumberAboveZero() {
		Arguments args = Arguments.parse(List.of("--count", "12", "--runs", "0", "--size", "lots"),
				Set.of("--count", "--runs", "--size", "--other"), Set.of());
		assertEquals(12, args.positiveInt("--count", 5));
		assertEquals(5, args.positiveInt("--other", 5));
		assertThrows(UsageException.class, () -> args.positiveInt("--runs", 1));
		UsageException e = assertThrows(UsageException.class, () -> args.positiveInt("--size", 1));
		assertTrue(e.getMessage().contains("--size") && e.getMessage().contains("lots"), e.getMessage());
	}
}
