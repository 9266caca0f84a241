package org.policyannotator.importer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes test PDFs the way word processors lay out policy papers: one or two columns of justified-width lines,
 * headings, a running header and footer with page numbers, footnotes in small type at the bottom of the page, and
 * long words hyphenated at line ends. Records what a reader should get back: the paragraphs, the footnotes and the
 * first word of every page.
 */
final class PdfMaker {
	private static final float WIDTH = PDRectangle.LETTER.getWidth();
	private static final float HEIGHT = PDRectangle.LETTER.getHeight();
	private static final float MARGIN = 72;
	private static final float GUTTER = 24;
	private static final float BODY = 11;
	private static final float LEADING = 14;
	private static final float NOTE = 8;
	private static final float NOTES_AREA = 70;
	private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private int columns = 1;
	private String header;
	private String footer;
	private String title;
	private String author;
	private String userPassword;
	private String xmp;
	private boolean scanned;
	private final List<String[]> blocks = new ArrayList<>();
	private final Map<Integer, String> notesAfterBlock = new TreeMap<>();

	/** Lays text out in n columns. */
	PdfMaker columns(int n) {
		columns = n;
		return this;
	}

	/** A running header at the top of every page. */
	PdfMaker header(String text) {
		header = text;
		return this;
	}

	/** A running footer; {@code %d} is the page number and {@code %2$d} the page count. */
	PdfMaker footer(String format) {
		footer = format;
		return this;
	}

	/** The document information's title and author. */
	PdfMaker info(String docTitle, String docAuthor) {
		title = docTitle;
		author = docAuthor;
		return this;
	}

	/** XMP metadata only (no document information): Dublin Core title and creator, xmp:CreateDate. */
	PdfMaker xmp(String xmpTitle, String xmpCreator, String createDate) {
		xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
				+ "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreateDate=\"" + createDate + "\">"
				+ "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmpTitle + "</rdf:li></rdf:Alt></dc:title>"
				+ "<dc:creator><rdf:Seq><rdf:li>" + xmpCreator + "</rdf:li></rdf:Seq></dc:creator>"
				+ "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
		return this;
	}

	/** Encrypts the file with a user password. */
	PdfMaker password(String password) {
		userPassword = password;
		return this;
	}

	/** Writes pages of drawing only, no text (as a scanner does). */
	PdfMaker scanned() {
		scanned = true;
		return this;
	}

	PdfMaker heading(String text) {
		blocks.add(new String[] { "h", text });
		return this;
	}

	PdfMaker paragraph(String text) {
		blocks.add(new String[] { "p", text });
		return this;
	}

	/** A footnote to the last paragraph, printed at the bottom of the page the paragraph ends on. */
	PdfMaker footnote(String text) {
		notesAfterBlock.put(blocks.size() - 1, text);
		return this;
	}

	/** What a reader should extract: paragraphs, then the footnotes as "[n] text", one blank line between. */
	String expectedText() {
		StringBuilder sb = new StringBuilder();
		for (String[] b : blocks) {
			sb.append(sb.isEmpty() ? "" : "\n\n").append(b[1]);
		}
		int n = 1;
		for (String note : notesAfterBlock.values()) {
			sb.append("\n\n[").append(n++).append("] ").append(note);
		}
		return sb.toString();
	}

	/** The first word printed on each page, after {@link #build()}. */
	final List<String> firstWordOfPage = new ArrayList<>();

	byte[] build() {
		try (PDDocument doc = new PDDocument()) {
			new Layout(doc).run();
			if (title != null) {
				doc.getDocumentInformation().setTitle(title);
				doc.getDocumentInformation().setAuthor(author);
			}
			if (xmp != null) {
				PDMetadata metadata = new PDMetadata(doc);
				metadata.importXMPMetadata(xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				doc.getDocumentCatalog().setMetadata(metadata);
			}
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				doc.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The layout engine: fills columns line by line, page by page. */
	private final class Layout {
		private final PDDocument doc;
		private final List<PDPageContentStream> streams = new ArrayList<>();
		private final List<List<String>> pageNotes = new ArrayList<>();
		private PDPageContentStream out;
		private int column;
		private float y;
		private int noteNumber;

		Layout(PDDocument doc) {
			this.doc = doc;
		}

		void run() throws IOException {
			newPage();
			for (int i = 0; i < blocks.size(); i++) {
				boolean heading = blocks.get(i)[0].equals("h");
				if (heading) {
					write(blocks.get(i)[1], BOLD, 15, 22);
				} else {
					write(blocks.get(i)[1], TIMES, BODY, LEADING);
				}
				y += 9;
				if (notesAfterBlock.containsKey(i)) {
					pageNotes.get(pageNotes.size() - 1).add(++noteNumber + " " + notesAfterBlock.get(i));
				}
			}
			for (int p = 0; p < streams.size(); p++) {
				finish(p, streams.get(p));
			}
		}

		private float columnWidth() {
			return (WIDTH - 2 * MARGIN - (columns - 1) * GUTTER) / columns;
		}

		private float bottom() {
			return HEIGHT - MARGIN - NOTES_AREA;
		}

		private void newPage() throws IOException {
			PDPage page = new PDPage(PDRectangle.LETTER);
			doc.addPage(page);
			out = new PDPageContentStream(doc, page);
			streams.add(out);
			pageNotes.add(new ArrayList<>());
			column = 0;
			y = MARGIN;
			if (scanned) {
				out.addRect(MARGIN, MARGIN, 200, 300);
				out.fill();
			}
		}

		private void nextLine(float leading) throws IOException {
			if (y + leading > bottom()) {
				if (++column >= columns) {
					newPage();
				} else {
					y = MARGIN;
				}
			}
			y += leading;
		}

		private void write(String text, PDType1Font font, float size, float leading) throws IOException {
			List<String> words = new ArrayList<>(List.of(text.split(" ")));
			StringBuilder line = new StringBuilder();
			while (!words.isEmpty()) {
				String word = words.remove(0);
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) <= columnWidth()) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				String[] split = hyphenate(line, word, font, size);
				if (split != null) {
					line.append(line.isEmpty() ? "" : " ").append(split[0]);
					words.add(0, split[1]);
				} else {
					words.add(0, word);
				}
				emit(line.toString(), font, size, leading);
				line.setLength(0);
			}
			if (!line.isEmpty()) {
				emit(line.toString(), font, size, leading);
			}
		}

		/** Splits a long word so that its first part (with a hyphen) still fits on the line. */
		private String[] hyphenate(StringBuilder line, String word, PDType1Font font, float size) throws IOException {
			int hyphen = word.indexOf('-');
			if (hyphen > 0 && hyphen < word.length() - 1
					&& width(line + " " + word.substring(0, hyphen + 1), font, size) <= columnWidth()) {
				return new String[] { word.substring(0, hyphen + 1), word.substring(hyphen + 1) };
			}
			if (word.length() < 8 || !word.chars().allMatch(Character::isLetter)) {
				return null;
			}
			for (int cut = word.length() - 4; cut >= 4; cut--) {
				String head = word.substring(0, cut) + "-";
				if (width(line.isEmpty() ? head : line + " " + head, font, size) <= columnWidth()) {
					return new String[] { head, word.substring(cut) };
				}
			}
			return null;
		}

		private void emit(String line, PDType1Font font, float size, float leading) throws IOException {
			nextLine(leading);
			if (firstWordOfPage.size() < streams.size()) {
				firstWordOfPage.add(line.split(" ")[0]);
			}
			float x = MARGIN + column * (columnWidth() + GUTTER);
			if (!scanned) {
				text(out, line, font, size, x, y);
			}
		}

		private void finish(int p, PDPageContentStream stream) throws IOException {
			if (scanned) {
				stream.close();
				return;
			}
			if (header != null) {
				text(stream, header, TIMES, 9, MARGIN, MARGIN - 30);
			}
			float noteY = bottom() + 16;
			for (String note : pageNotes.get(p)) {
				text(stream, note, TIMES, NOTE, MARGIN, noteY);
				noteY += 10;
			}
			if (footer != null) {
				text(stream, String.format(footer, p + 1, streams.size()), TIMES, 9, MARGIN, HEIGHT - MARGIN + 30);
			}
			stream.close();
		}

		private void text(PDPageContentStream stream, String s, PDType1Font font, float size, float x, float top)
				throws IOException {
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, HEIGHT - top);
			stream.showText(s);
			stream.endText();
		}

		private float width(String s, PDType1Font font, float size) throws IOException {
			return font.getStringWidth(s) / 1000 * size;
		}
	}
}
