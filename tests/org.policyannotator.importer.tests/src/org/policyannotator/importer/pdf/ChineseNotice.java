package org.policyannotator.importer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A Chinese government notice laid out as the State Council's are: A4, a centred title and document number, body
 * paragraphs indented by two characters and broken after a fixed number of characters (mid-word, since Chinese
 * has no spaces), a running header in the same Type 3 font, and page numbers "— n —" centred at the foot. Records the
 * paragraphs a reader should get.
 */
final class ChineseNotice {
	static final String TITLE = "国务院关于推进贸易高质量发展的意见";
	static final String HEADER = "国务院公报";
	private static final String NUMBER = "国发〔2025〕7号";
	private static final String ADDRESS = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：";
	private static final String[] PARAGRAPHS = {
			"推进贸易高质量发展，是适应新形势、构建新发展格局的重要举措。为进一步优化贸易结构，提高对外开放水平，现提出以下意见。",
			"一、总体要求。坚持以高水平开放促进深层次改革，完善贸易政策体系，稳定外贸规模，优化进出口结构，提高贸易便利化水平。",
			"二、优化货物贸易结构。支持企业开拓多元化市场，扩大先进技术、重要设备和关键零部件进口，推动加工贸易转型升级。",
			"三、发展服务贸易。完善服务贸易发展机制，扩大知识密集型服务出口，推进数字贸易发展，加强国际合作与交流。",
			"四、加强组织保障。各地区、各部门要高度重视，结合实际抓好贯彻落实，重大问题及时向国务院报告。" };
	private static final float SIZE = 12;
	private static final float LINE = 24;
	private static final int CHARS_PER_LINE = 28;
	private static final float LEFT = 129;

	private final PDDocument document = new PDDocument();
	private final PDFont roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
	private final PDFont han;
	/** The title, then the paragraphs, as a reader should get them. */
	final List<String> expected = new ArrayList<>();
	private RawPage page;
	private float y;

	ChineseNotice() {
		StringBuilder all = new StringBuilder(TITLE + HEADER + ADDRESS + NUMBER);
		for (String p : PARAGRAPHS) {
			all.append(p);
		}
		try {
			han = CjkType3Font.of(document, all.toString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The notice with its paragraphs repeated {@code rounds} times (seven rounds fill four pages). */
	byte[] build(int rounds) {
		try (document) {
			newPage();
			centred(TITLE, 18);
			y += 16;
			centred(NUMBER, SIZE);
			y += 20;
			expected.add(TITLE);
			expected.add(NUMBER);
			write(ADDRESS, false);
			for (int r = 0; r < rounds; r++) {
				for (String p : PARAGRAPHS) {
					write(p, true);
				}
			}
			endPage();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void newPage() throws IOException {
		endPage();
		page = new RawPage(document, PDRectangle.A4, false);
		if (document.getNumberOfPages() > 1) {
			page.text(han, 9, LEFT, 50, HEADER);
		}
		y = 100;
	}

	private void endPage() throws IOException {
		if (page != null) {
			String number = "\u2014 " + document.getNumberOfPages() + " \u2014";
			page.text(roman, 10, (page.width() - roman.getStringWidth(number) / 100) / 2, 800, number);
			page.finish();
		}
	}

	private void centred(String text, float size) throws IOException {
		y += size * 1.6f;
		page.text(han, size, (page.width() - text.length() * size) / 2, y, text);
	}

	/** Writes a paragraph: an indent of two characters, then full lines of {@link #CHARS_PER_LINE} characters. */
	private void write(String text, boolean indent) throws IOException {
		expected.add(text);
		int at = 0;
		boolean first = true;
		while (at < text.length()) {
			int room = CHARS_PER_LINE - (first && indent ? 2 : 0);
			String line = text.substring(at, Math.min(text.length(), at + room));
			y += LINE;
			if (y > 760) {
				newPage();
				y += LINE;
			}
			page.text(han, SIZE, LEFT + (first && indent ? 2 * SIZE : 0), y, line);
			at += line.length();
			first = false;
		}
	}
}
