package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Pages whose encoding is undeclared or declared wrongly still import correctly. The pages are built here from the
 * same text in different encodings, so each test shows exactly which declaration and which bytes meet.
 */
class CharsetDetectionTest {
	private static final String CHINESE = "中国社会科学院国家全球战略智库副主任陈新在致辞中表示，中韩两国是搬不走的重要近邻和分不开的合作伙伴，"
			+ "在复杂的国际形势下，维护地区和平稳定的责任日益重大。与会学者还围绕文化、教育、媒体和旅游等领域的合作进行了深入讨论。";
	private static final String KOREAN = "두 정상은 두 달여 만에 다시 만나 한중 전략적 협력동반자 관계를 한층 발전시키기로 했다. "
			+ "양측은 공급망 안정과 기후변화 대응, 청년 교류 확대 등에서 구체적인 성과를 내기로 합의했다. "
			+ "전문가들은 한중 관계가 안정적으로 발전하려면 민간 교류가 뒷받침되어야 한다고 지적했다.";
	private static final String GERMAN = "Die Teilnehmenden sprachen sich mehrheitlich für strengere Nachhaltigkeitsregeln "
			+ "in künftigen Abkommen aus, äußerten aber auch Sorge über steigende Preise für Verbraucherinnen.";

	private final ArticleImporter importer = new ArticleImporter();

	private static byte[] page(String declaration, String lang, String paragraph, Charset encoding) {
		String html = "<html" + lang + "><head>" + declaration + "<title>t</title></head><body><div id=\"story\"><p>"
				+ paragraph + "</p><p>" + paragraph + " 2</p></div></body></html>";
		return html.getBytes(encoding);
	}

	private ImportResult importPage(byte[] bytes) throws ImportException {
		return importer.importBytes(bytes, "page.html");
	}

	/** A page saved as "Unicode" on Windows: UTF-16 with a byte order mark, under any file name. */
	@Test
	void utf16PagesWithAByteOrderMarkAreReadAsHtmlNotAsMarkup() throws Exception {
		for (Charset utf16 : new Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
			byte[] body = page("", " lang=\"ko\"", KOREAN, utf16);
			byte[] bom = utf16 == StandardCharsets.UTF_16LE ? new byte[] { (byte) 0xFF, (byte) 0xFE }
					: new byte[] { (byte) 0xFE, (byte) 0xFF };
			byte[] bytes = new byte[bom.length + body.length];
			System.arraycopy(bom, 0, bytes, 0, bom.length);
			System.arraycopy(body, 0, bytes, bom.length, body.length);
			for (String name : new String[] { "page.html", "page.htm", "page" }) {
				ImportResult r = importer.importBytes(bytes, name);
				assertInOrder(r.text(), KOREAN);
				assertFalse(r.text().contains("<p>"), name + " " + utf16 + ": the markup became the text");
				assertFalse(r.text().contains("\uFEFF"), name + " " + utf16);
			}
		}
	}

	@Test
	void gbkPageWithoutAnyDeclarationIsDetectedAsChinese() throws Exception {
		ImportResult r = importPage(page("", "", CHINESE, Charset.forName("GBK")));
		assertInOrder(r.text(), CHINESE);
		assertEquals("detected", r.provenance().charsetSource());
	}

	@Test
	void gbkPageDeclaringUtf8IsDecodedAsChineseWithAWarning() throws Exception {
		ImportResult r = importPage(page("<meta charset=\"utf-8\">", "", CHINESE, Charset.forName("GBK")));
		assertInOrder(r.text(), CHINESE);
		assertEquals("GB18030", r.provenance().charset());
		assertFalse(r.provenance().warnings().isEmpty());
	}

	@Test
	void eucKrPageWithoutAnyDeclarationIsDetectedAsKoreanNotChinese() throws Exception {
		ImportResult r = importPage(page("", "", KOREAN, Charset.forName("EUC-KR")));
		assertInOrder(r.text(), KOREAN);
	}

	@Test
	void eucKrPageDeclaringGb2312IsDecodedAsKorean() throws Exception {
		ImportResult r = importPage(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "",
				KOREAN, Charset.forName("EUC-KR")));
		assertInOrder(r.text(), KOREAN);
	}

	@Test
	void gbkPageDeclaringEucKrIsDecodedAsChinese() throws Exception {
		ImportResult r = importPage(page("<meta charset=\"euc-kr\">", "", CHINESE, Charset.forName("GBK")));
		assertInOrder(r.text(), CHINESE);
	}

	@Test
	void utf8PageDeclaringEucKrIsDecodedAsUtf8() throws Exception {
		ImportResult r = importPage(page("<meta charset=\"euc-kr\">", " lang=\"ko\"", KOREAN, StandardCharsets.UTF_8));
		assertInOrder(r.text(), KOREAN);
		assertEquals("UTF-8", r.provenance().charset());
	}

	@Test
	void latin1PageDeclaringUtf8KeepsUmlautsAndSharpS() throws Exception {
		ImportResult r = importPage(page("<meta charset=\"UTF-8\">", " lang=\"de\"", GERMAN, StandardCharsets.ISO_8859_1));
		assertInOrder(r.text(), GERMAN);
		assertEquals("windows-1252", r.provenance().charset());
	}

	@Test
	void utf8PageDeclaringWindows1252IsNotTurnedIntoMojibake() throws Exception {
		ImportResult r = importPage(page("<meta charset=\"windows-1252\">", "", GERMAN, StandardCharsets.UTF_8));
		assertInOrder(r.text(), GERMAN);
		assertFalse(r.text().contains("Ã"));
	}

	@Test
	void shiftJisPageWithoutDeclarationIsDetectedAsJapanese() throws Exception {
		String japanese = "日韓両国の首脳は５日、ソウルで会談し、経済協力と青少年交流の拡大で合意した。"
				+ "両首脳は、サプライチェーンの安定や気候変動への対応でも協力を強化することを確認した。";
		ImportResult r = importPage(page("", "", japanese, Charset.forName("Shift_JIS")));
		assertInOrder(r.text(), japanese);
	}

	@Test
	void windows1251PageWithoutDeclarationIsDetectedAsCyrillic() throws Exception {
		String russian = "Министры торговли одиннадцати стран договорились во вторник о взаимном признании "
				+ "электронных сертификатов происхождения товаров до конца 2026 года, сообщили официальные лица.";
		ImportResult r = importPage(page("", "", russian, Charset.forName("windows-1251")));
		assertInOrder(r.text(), russian);
		assertEquals("windows-1251", r.provenance().charset());
	}

	@Test
	void legacyEncodingIsDetectedEvenAfterHalfAMegabyteOfAsciiScripts() throws Exception {
		String script = "<script>var config = {" + "\"key\": \"value\", ".repeat(40_000) + "};</script>";
		String html = "<html><head>" + script + "</head><body><div id=\"story\"><p>" + KOREAN + "</p><p>" + KOREAN
				+ "</p></div></body></html>";
		ImportResult r = importPage(html.getBytes(Charset.forName("EUC-KR")));
		assertInOrder(r.text(), KOREAN);
	}

	@Test
	void utf16PageWithByteOrderMarkIsDecoded() throws Exception {
		byte[] body = page("", "", KOREAN, StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		ImportResult r = importPage(bytes);
		assertInOrder(r.text(), KOREAN);
		assertEquals("bom", r.provenance().charsetSource());
	}

	@Test
	void utf16WithoutByteOrderMarkIsRecognisedInsteadOfRefusedAsBinary() throws Exception {
		ImportResult r = importPage(page("", "", GERMAN, StandardCharsets.UTF_16LE));
		assertInOrder(r.text(), GERMAN);
	}

	@Test
	void encodingGivenByTheUserWinsOverTheDeclaration() throws Exception {
		byte[] bytes = page("<meta charset=\"utf-8\">", "", KOREAN, Charset.forName("EUC-KR"));
		ImportResult r = new ArticleImporter(ImportOptions.defaults().withEncoding(Charset.forName("EUC-KR")))
				.importBytes(bytes, "page.html");
		assertInOrder(r.text(), KOREAN);
		assertEquals("user", r.provenance().charsetSource());
	}

	@Test
	void utf8FileCutInTheMiddleOfACharacterDecodesTheRestAndWarns() throws Exception {
		byte[] full = page("<meta charset=\"utf-8\">", "", CHINESE, StandardCharsets.UTF_8);
		String html = new String(full, StandardCharsets.UTF_8);
		int cut = html.indexOf("合作进行了深入讨论。 2");
		byte[] bytes = java.util.Arrays.copyOf(full, html.substring(0, cut).getBytes(StandardCharsets.UTF_8).length + 1);
		ImportResult r = importPage(bytes);
		assertEquals("UTF-8", r.provenance().charset());
		assertTrue(r.provenance().warnings().stream().anyMatch(w -> w.contains("middle of a character")));
		assertInOrder(r.text(), CHINESE);
	}
}
