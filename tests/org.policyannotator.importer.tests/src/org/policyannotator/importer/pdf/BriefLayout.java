package org.policyannotator.importer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a think-tank policy brief the way desktop publishing lays one out, with the habits that trouble text
 * extraction: a title, byline and summary across the full width above two columns; body text in an embedded
 * TrueType subset that prints "fi" and "fl" as ligature glyphs and breaks words at soft hyphens; note marks raised
 * as superscripts with the notes at the foot of the page; a table of cells placed one by one; running headers that
 * carry the page number on the outer edge (left on even pages, right on odd ones) and none on the first page; and
 * a landscape page (stored portrait with {@code /Rotate 90}) for a wide table. Records the text a reader should get.
 */
final class BriefLayout {
	static final float BODY = 10;
	private static final float LEADING = 13;
	private static final float MARGIN = 54;
	private static final float GUTTER = 18;
	private static final float TOP = 90;
	private static final float NOTES_TOP = 700;
	private static final PDRectangle SIZE = PDRectangle.LETTER;

	private final PDDocument document = new PDDocument();
	private final PDFont body;
	private final PDFont title = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
	private final PDFont roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

	/** What a reader should get, block by block (headings, paragraphs, table rows, then "[n] note"). */
	final List<String> expected = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	/** Lines printed as page furniture that must not be in the text. */
	final List<String> furniture = new ArrayList<>();
	/** The first word printed in the body of every page. */
	final List<String> firstWords = new ArrayList<>();

	private RawPage page;
	private final List<String> pageNotes = new ArrayList<>();
	private int column;
	private int columns;
	private float y;
	private float columnTop;

	BriefLayout() {
		try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
			body = PDType0Font.load(document, ttf);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Starts a page; the running header is written before the body, as many producers do. */
	BriefLayout newPage(boolean landscape) throws IOException {
		endPage();
		page = new RawPage(document, SIZE, landscape);
		int number = document.getNumberOfPages();
		if (number > 1) {
			String running = number % 2 == 0 ? "Rethinking export controls" : "Policy Brief 07 | June 2025";
			float right = page.width() - MARGIN;
			String n = Integer.toString(number);
			float numberWidth = roman.getStringWidth(n) / 1000 * 8;
			if (landscape) {
				page.text(roman, 8, (page.width() - numberWidth) / 2, height() - 30, n);
			} else {
				page.text(roman, 8, number % 2 == 0 ? MARGIN : right - numberWidth, 40, n);
			}
			page.text(italic, 8, number % 2 == 0 && !landscape ? MARGIN + 20 : MARGIN, 40, running);
			furniture.add(running);
		}
		columns = 1;
		column = 0;
		y = TOP;
		columnTop = TOP;
		return this;
	}

	/** A block across the full width: the title (large), the byline or summary (body size). */
	BriefLayout full(String text, boolean large) throws IOException {
		PDFont font = large ? title : body;
		float size = large ? 20 : BODY + 1;
		lines(text, font, size, large ? 24 : LEADING + 1, page.width() - 2 * MARGIN);
		expected.add(read(text));
		y += 10;
		return this;
	}

	/** From here on the page is set in two columns. */
	BriefLayout twoColumns() {
		columns = 2;
		columnTop = y;
		return this;
	}

	/** A paragraph of body text; {@code ^n} marks where note n's raised mark stands. */
	BriefLayout paragraph(String text) throws IOException {
		expected.add(read(text.replaceAll("\\^(\\d+)", "[$1]")));
		lines(text, body, BODY, LEADING, columnWidth());
		y += 6;
		return this;
	}

	/** A heading in bold, a little larger than the body. */
	BriefLayout heading(String text) throws IOException {
		y += 4;
		lines(text, title, BODY + 2, LEADING + 3, columnWidth());
		expected.add(text);
		y += 2;
		return this;
	}

	/** A footnote printed at the foot of the current page. */
	BriefLayout note(String text) {
		pageNotes.add(text);
		notes.add(text);
		return this;
	}

	/** A table: every cell placed by itself, columns at fixed offsets; each row is one line of the text. */
	BriefLayout table(float[] offsets, String[]... rows) throws IOException {
		for (String[] row : rows) {
			nextLine(LEADING);
			for (int c = 0; c < row.length; c++) {
				page.text(c == 0 ? body : roman, BODY, x() + offsets[c], y, row[c]);
			}
			expected.add(read(String.join(" ", row)));
		}
		y += 8;
		return this;
	}

	/** Document information as word processors leave it, and an XMP packet as PDF/A requires. */
	BriefLayout metadata(String infoTitle, String infoAuthor, String xmp) throws IOException {
		document.getDocumentInformation().setTitle(infoTitle);
		document.getDocumentInformation().setAuthor(infoAuthor);
		PDMetadata metadata = new PDMetadata(document);
		metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
		document.getDocumentCatalog().setMetadata(metadata);
		return this;
	}

	byte[] build() {
		try (document) {
			endPage();
			for (int i = 0; i < notes.size(); i++) {
				expected.add("[" + (i + 1) + "] " + read(notes.get(i)));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void endPage() throws IOException {
		if (page == null) {
			return;
		}
		float noteY = NOTES_TOP - (SIZE.getHeight() - height());
		int first = notes.size() - pageNotes.size() + 1;
		for (int i = 0; i < pageNotes.size(); i++) {
			page.raised(body, 5.5f, MARGIN, noteY, 3, Integer.toString(first + i));
			page.text(body, 8, MARGIN + 6, noteY, pageNotes.get(i));
			noteY += 10;
		}
		pageNotes.clear();
		page.finish();
	}

	/** The height of the page as a reader sees it. */
	private float height() {
		return page.width() > SIZE.getWidth() ? SIZE.getWidth() : SIZE.getHeight();
	}

	private float columnWidth() {
		return columns == 1 ? page.width() - 2 * MARGIN : (page.width() - 2 * MARGIN - GUTTER) / 2;
	}

	private float x() {
		return MARGIN + column * (columnWidth() + GUTTER);
	}

	private void nextLine(float leading) throws IOException {
		float bottom = NOTES_TOP - 30 - (SIZE.getHeight() - height());
		if (y + leading > bottom) {
			if (++column >= columns) {
				int cols = columns;
				newPage(false);
				columns = cols;
			}
			y = columnTop;
		}
		y += leading;
		if (firstWords.size() < document.getNumberOfPages()) {
			firstWords.add(null);
		}
	}

	/** Fills lines word by word; breaks at soft hyphens (printed as "-") when a word does not fit. */
	private void lines(String text, PDFont font, float size, float leading, float width) throws IOException {
		List<String> words = new ArrayList<>(List.of(text.split(" ")));
		StringBuilder line = new StringBuilder();
		while (!words.isEmpty()) {
			String word = words.remove(0);
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font, size) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			int shy = word.indexOf('\u00AD');
			if (shy > 0 && width(line + " " + word.substring(0, shy + 1), font, size) <= width) {
				line.append(' ').append(word, 0, shy + 1);
				words.add(0, word.substring(shy + 1));
			} else {
				words.add(0, word);
			}
			emit(line.toString(), font, size, leading);
			line.setLength(0);
		}
		emit(line.toString(), font, size, leading);
	}

	private void emit(String line, PDFont font, float size, float leading) throws IOException {
		nextLine(leading);
		int p = document.getNumberOfPages() - 1;
		if (firstWords.get(p) == null) {
			firstWords.set(p, line.split(" ")[0].replaceAll("\\^\\d+", "").replace("\u00AD", ""));
		}
		String[] parts = line.split("\\^");
		float x = x();
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i].endsWith("\u00AD") ? parts[i] : parts[i].replace("\u00AD", "");
			if (i > 0) {
				String mark = part.replaceAll("^(\\d+).*", "$1");
				page.raised(body, size * 0.6f, x, y, size * 0.35f, mark);
				x = RawPage.end(body, size * 0.6f, x, mark);
				part = part.substring(mark.length());
			}
			if (!part.isEmpty()) {
				page.text(font, size, x, y, part);
				x = RawPage.end(font, size, x, part);
			}
		}
	}

	/** A text as a reader should get it: ligatures spelled out, soft hyphens gone. */
	private static String read(String text) {
		return text.replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\u00AD", "");
	}

	private static float width(String s, PDFont font, float size) throws IOException {
		String visible = s.replaceAll("\\^\\d+", "1").replace("\u00AD", "");
		return font.getStringWidth(visible) / 1000 * size;
	}
}
