package org.policyannotator.importer.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline written as text: "By Jane Doe and John Roe", "Por Ana Gómez | Corresponsal", "Von Max Muster",
 * "记者：王五". Used for the byline metadata and to keep a byline line that no class names out of the article text.
 */
final class Bylines {
	private static final Pattern BY_LINE_TEXT = Pattern.compile(
			"^(?:(?:Additional|With|Further)\\s+reporting\\s+(?:by|from)|Mit\\s+(?:Informationen|Material)\\s+von|(?:Written|Text|Words|Story|Reporting|Report|Posted|Article)\\s+(?:by|By|BY)|By|BY|Von|VON|Par|PAR|Por|POR|Door|DOOR)\\s+(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:and|AND|und|et|y|e|en|&|,)?\\s*\\p{Lu}[\\p{L}'’.\\-]*){1,7})");
	private static final Pattern CJK_BYLINE = Pattern.compile(
			"(?:作者|记者|記者|撰稿|撰文)\\s*[:：]\\s*([\\p{IsHan}·]{2,8}(?:[ 、，,][\\p{IsHan}·]{2,8}){0,3})");
	/** What may follow the names in a byline-only line: a role, an agency or a date after a separator, or a date. */
	private static final Pattern TAIL = Pattern.compile("^\\s*(?:[|,;·•–—/]\\s*[^" + TextNormalizer.SENTENCE_END + "]{0,80}|\\d[^" + TextNormalizer.SENTENCE_END + "]{0,60})?$");

	private Bylines() {
	}

	/** "Written by ", "Text by ", "Von ", ...: what comes before the names in a byline. */
	static final Pattern PREFIX = Pattern.compile(
			"^(?:(?:additional|with|further)\\s+reporting\\s+(?:by|from)|mit\\s+(?:informationen|material)\\s+von|(?:written|text|words|story|reporting|report|posted|article)\\s+by|by|von|par|por|door|di|av)\\s+",
			Pattern.CASE_INSENSITIVE);
	/** A date or a second role after the names: " on March 3, 2024", ", 3 March 2024", "; Editing by ...". */
	private static final Pattern AFTER_NAMES = Pattern.compile(
			"(?i)\\s+(?:on|am|le|el)\\s+[^,;|]{0,30}\\d.*$|\\s*[,;]\\s*[^,;]*\\d.*$|\\s*;\\s*\\p{L}+\\s+by\\s.*$");

	/** A byline without "By" in front and without a date or another credit after the names. */
	static String clean(String byline) {
		String s = PREFIX.matcher(byline).replaceFirst("");
		return AFTER_NAMES.matcher(s).replaceFirst("");
	}

	/** The names of a byline that starts {@code text}, if it does. */
	static Optional<String> names(String text) {
		Matcher m = BY_LINE_TEXT.matcher(text);
		if (m.find()) {
			return Optional.of(m.group(1));
		}
		Matcher cjk = CJK_BYLINE.matcher(text);
		return cjk.find() ? Optional.of(cjk.group(1)) : Optional.empty();
	}

	/** A writer's name and newsroom role, without "By": "Tendai Mhlanga, Court Reporter", "Ana Ruiz, Senior Correspondent". */
	private static final Pattern NAME_AND_ROLE = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3},\\s*"
			+ "(?:(?:Senior|Chief|Political|Court|Business|Health|Crime|Sports?|Staff|Special|Foreign|Education|Parliamentary"
			+ "|Regional|Deputy|Assistant|Investigations?|Environment|Economics?|Diplomatic|Legal|Local|City|Provincial)\\s+)*"
			+ "(?:Reporter|Correspondent|Writer|Editor|Journalist)$");

	/**
	 * Whether {@code text} is a byline and nothing else: "By Jane Doe", "Por Ana Gómez | Corresponsal en Madrid",
	 * "By Jane Doe, Staff Writer", "Tendai Mhlanga, Court Reporter"; not a sentence that happens to start with "By".
	 */
	static boolean isBylineOnly(String text) {
		String t = TextNormalizer.collapse(text);
		if (t.length() > 140) {
			return false;
		}
		Matcher m = BY_LINE_TEXT.matcher(t);
		return m.find() && TAIL.matcher(t.substring(m.end())).matches() || NAME_AND_ROLE.matcher(t).matches();
	}
}
