package org.policyannotator.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TimeFormatTest {

	@Test
	void formatsAlwaysWithMillisecondsInUtc() {
		assertEquals("2026-01-05T09:30:00.000Z", TimeFormat.format(Instant.parse("2026-01-05T09:30:00Z")));
		assertEquals("1970-01-01T00:00:00.007Z", TimeFormat.format(Instant.ofEpochMilli(7)));
	}

	@Test
	void parsesWhatItFormatsForManyInstants() {
		Random random = new Random(5);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochMilli(random.nextLong(0, 4_102_444_800_000L));
			assertEquals(instant, TimeFormat.parse(TimeFormat.format(instant)));
			assertEquals(instant, Instant.parse(TimeFormat.format(instant)), "readable by any ISO parser");
		}
	}

	@Test
	void subMillisecondInstantsAreKeptExactly() {
		Instant precise = Instant.parse("2026-01-05T09:30:00.123456789Z");
		assertEquals(precise, TimeFormat.parse(TimeFormat.format(precise)));
	}

	@Test
	void otherIsoFormsAreAcceptedAndGarbageRejected() {
		assertEquals(Instant.parse("2026-01-05T09:30:00Z"), TimeFormat.parse("2026-01-05T09:30:00Z"));
		assertThrows(DateTimeParseException.class, () -> TimeFormat.parse("yesterday"));
		assertThrows(DateTimeParseException.class, () -> TimeFormat.parse("2026-02-30T09:30:00.000Z"));
	}

	@Test
	void isoWritesWhatInstantToStringWrites() {
		java.util.Random random = new Random(3);
		List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH,
				Instant.parse("2026-01-05T09:30:00Z"), Instant.parse("2026-01-05T09:30:00.120Z"),
				Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("1969-12-31T23:59:59Z"),
				Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("2024-02-29T12:00:00.000001Z")));
		for (int i = 0; i < 5_000; i++) {
			long seconds = random.nextLong(253402300800L);
			int nanos = switch (random.nextInt(4)) {
			case 0 -> 0;
			case 1 -> random.nextInt(1000) * 1_000_000;
			case 2 -> random.nextInt(1_000_000) * 1000;
			default -> random.nextInt(1_000_000_000);
			};
			instants.add(Instant.ofEpochSecond(seconds, nanos));
		}
		for (Instant instant : instants) {
			assertEquals(instant.toString(), TimeFormat.iso(instant));
		}
	}
}
