package org.policyannotator.bench.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policyannotator.model.schema.CodeInfo;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * A large two-level codebook for the palette benchmark, shaped like the policy-agenda codebooks: numbered major
 * topics with numbered subtopics ({@code 12} "Transport", {@code 1207} "Transport regulation"), labels built from
 * policy words so that typing a word narrows the tree the way it does in a real codebook.
 */
final class BenchCodebook {
	private static final String[] TOPICS = { "Economy", "Civil rights", "Health", "Agriculture", "Labour",
			"Education", "Environment", "Energy", "Immigration", "Transport", "Law and crime", "Social welfare",
			"Housing", "Banking and finance", "Defence", "Science and technology", "Foreign trade",
			"International affairs", "Government operations", "Public lands", "Culture", "Water", "Fisheries",
			"Tourism", "Digital policy", "Local government", "Elections", "Taxation", "Pensions", "Media" };
	private static final String[] ASPECTS = { "regulation", "funding", "reform", "workforce", "infrastructure",
			"research", "insurance", "prices", "subsidies", "standards", "safety", "access", "rights", "planning",
			"oversight", "employment", "investment", "cooperation", "emergencies", "data", "taxes", "courts",
			"procurement", "inequality", "youth", "rural areas", "cities", "consumers", "small business",
			"unemployment", "trade unions", "pollution", "prevention", "innovation", "education", "minorities",
			"veterans", "migration", "elderly", "disability" };

	private BenchCodebook() {
	}

	/** A codebook of {@code codes} codes (at least 2): about one major topic per 40 codes, the rest subtopics. */
	static Schema of(int codes) {
		int majors = Math.max(1, Math.min(TOPICS.length * 10, Math.round(codes / 40f)));
		List<TagType> types = new ArrayList<>(codes);
		for (int m = 0; m < majors; m++) {
			String label = TOPICS[m % TOPICS.length] + (m < TOPICS.length ? "" : " " + (m / TOPICS.length + 1));
			types.add(code(String.format(Locale.ROOT, "t%d", m + 1), label, "", Integer.toString(m + 1), m));
		}
		for (int i = 0; types.size() < codes; i++) {
			int m = i % majors;
			int n = i / majors + 1;
			String topic = TOPICS[m % TOPICS.length];
			String aspect = ASPECTS[(i / majors + m) % ASPECTS.length];
			String label = topic + " " + aspect + (n > ASPECTS.length ? " " + (n / ASPECTS.length + 1) : "");
			types.add(code(String.format(Locale.ROOT, "t%d-%d", m + 1, n), label, "t" + (m + 1),
					String.format(Locale.ROOT, "%d%02d", m + 1, n), m));
		}
		return new Schema("bench codebook of " + codes + " codes", types, List.of());
	}

	/**
	 * What a user types to find {@code count} subtopics spread over the codebook: in turn a code's whole label, its
	 * number, and the start of its last word.
	 */
	static List<String> queries(Schema codebook, int count) {
		List<TagType> subtopics = codebook.tagTypes().stream().filter(t -> !t.parent().isEmpty()).toList();
		List<String> queries = new ArrayList<>();
		for (int k = 0; k < count && !subtopics.isEmpty(); k++) {
			TagType code = subtopics.get(subtopics.size() * (2 * k + 1) / (2 * count));
			String label = code.label().toLowerCase(Locale.ROOT);
			String last = label.substring(label.lastIndexOf(' ') + 1);
			queries.add(switch (k % 3) {
			case 0 -> label;
			case 1 -> code.code().number();
			default -> last.substring(0, Math.min(last.length(), 6));
			});
		}
		return queries;
	}

	private static TagType code(String id, String label, String parent, String number, int major) {
		String colour = String.format(Locale.ROOT, "#%06x", (0x40a0c0 + major * 0x1f3d5b) & 0xffffff);
		return new TagType(id, label, colour, "", "Code " + number + ": " + label + ".", List.of(), true,
				CodeInfo.under(parent, number));
	}
}
