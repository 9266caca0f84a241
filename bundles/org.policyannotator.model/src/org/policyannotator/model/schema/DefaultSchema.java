package org.policyannotator.model.schema;

import java.util.List;

/** The tag set a new corpus starts with, written for policy analysts. */
final class DefaultSchema {
	static final String CLAIM = "claim";
	static final String STATISTIC = "statistic";
	static final String PROPOSAL = "proposal";
	static final String PROPOSAL_POINT = "proposal-point";
	static final String QUOTE = "quote";
	static final String SPEAKER = "speaker";

	static final Schema SCHEMA = new Schema("Policy documents", List.of(claim(), statistic(), proposal(),
			proposalPoint(), quote(), speaker()), relations());

	private DefaultSchema() {
	}

	private static TagType claim() {
		return new TagType(CLAIM, "Claim", "#ffd166", "1",
				"A statement presented as true that could be checked or disputed: a cause, an effect, an"
						+ " assessment or a prediction. Tag the shortest clause that carries the whole claim, without"
						+ " the attribution (\"experts said\"). Do not tag pure opinions of taste or announcements.",
				List.of(AttributeType.ofEnum("stance", "Stance",
						"Whether the text endorses the claim, reports it neutrally or disputes it.",
						List.of("endorsed", "neutral", "disputed")),
						AttributeType.ofEnum("confidence", "Confidence",
								"How firmly it is stated: asserted as fact, hedged (may, could, likely) or speculative.",
								List.of("asserted", "hedged", "speculative")),
						AttributeType.ofReference("claimant", "Claimant",
								"The speaker who makes the claim, if it is not the author.", List.of(SPEAKER))),
				true);
	}

	private static TagType statistic() {
		return new TagType(STATISTIC, "Statistic", "#8ecae6", "2",
				"A number about the world with its unit, e.g. \"exports rose 24.5 percent year-on-year to 1.2"
						+ " trillion yuan\". Tag the number with its unit and the words needed to know what is"
						+ " counted. Dates and ordinals alone are not statistics.",
				List.of(AttributeType.of("value", "Value", AttributeKind.NUMBER,
						"The number as written, without thousands separators (1.2 for \"1.2 trillion\").")
						.asRequired(),
						AttributeType.of("unit", "Unit", AttributeKind.STRING,
								"Unit and scale, e.g. \"trillion yuan\", \"percent\", \"people\"."),
						AttributeType.of("period", "Period", AttributeKind.STRING,
								"Time the figure refers to, e.g. \"2025\", \"first half of 2025\"."),
						AttributeType.of("scope", "Scope", AttributeKind.STRING,
								"What or where is counted, e.g. \"China-ROK trade\", \"Gen Z visitors\"."),
						AttributeType.of("change", "Change", AttributeKind.STRING,
								"Change stated with the figure, e.g. \"up 24.5 percent year-on-year\"."),
						AttributeType.of("estimate", "Estimate", AttributeKind.BOOLEAN,
								"True if the text presents the figure as an estimate or forecast.")),
				true);
	}

	private static TagType proposal() {
		return new TagType(PROPOSAL, "Proposal", "#b5e48c", "3",
				"A concrete course of action put forward by someone (a plan, initiative, recommendation)."
						+ " Tag the sentence that names it. If the text says it has N points (\"a five-point"
						+ " proposal\"), enter N and link each point with point-of.",
				List.of(AttributeType.of("title", "Title", AttributeKind.STRING,
						"Short name of the proposal, e.g. \"Global Governance Initiative\"."),
						AttributeType.of("points", "Number of points", AttributeKind.NUMBER,
								"How many points the text says the proposal has; must equal the linked points.")
								.counting("point-of"),
						AttributeType.of("date", "Date", AttributeKind.DATE,
								"When the proposal was put forward, if stated.")),
				false);
	}

	private static TagType proposalPoint() {
		return new TagType(PROPOSAL_POINT, "Proposal point", "#52b788", "4",
				"One point of a proposal. Tag the text of the point, enter its number n (1 for the first) and"
						+ " link it to its proposal with point-of.",
				List.of(AttributeType.of("ordinal", "Point number", AttributeKind.NUMBER,
						"Position n of the point in its proposal, counting from 1.").asRequired()),
				false);
	}

	private static TagType quote() {
		return new TagType(QUOTE, "Quote", "#f4acb7", "5",
				"Words attributed to a person or body. Direct: within quotation marks; indirect: reported"
						+ " speech (\"he noted that ...\"). Tag the words only, not \"said\"; link the quote to its"
						+ " speaker with said-by.",
				List.of(AttributeType.ofEnum("kind", "Kind", "Direct (quotation marks) or indirect (reported).",
						List.of("direct", "indirect")).asRequired()),
				false);
	}

	private static TagType speaker() {
		return new TagType(SPEAKER, "Speaker", "#cdb4db", "6",
				"A person or body whose words are quoted. Tag the fullest mention of the name once per"
						+ " document and link every quote to it.",
				List.of(AttributeType.of("name", "Name", AttributeKind.STRING, "Full name as written.").asRequired(),
						AttributeType.of("role", "Role", AttributeKind.STRING, "Position, e.g. \"deputy director\"."),
						AttributeType.of("affiliation", "Affiliation", AttributeKind.STRING,
								"Organisation, e.g. \"NIIS CASS\".")),
				false);
	}

	private static List<RelationType> relations() {
		return List.of(
				new RelationType("said-by", "said by", "Links a quote to the speaker who said it.", List.of(QUOTE),
						List.of(SPEAKER), true, true),
				new RelationType("point-of", "point of", "Links a proposal point to its proposal.",
						List.of(PROPOSAL_POINT), List.of(PROPOSAL), true, true),
				new RelationType("supports", "supports", "A statistic given as evidence for a claim.",
						List.of(STATISTIC), List.of(CLAIM), false, false));
	}
}
