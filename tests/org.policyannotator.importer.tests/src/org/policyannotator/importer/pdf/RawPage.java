package org.policyannotator.importer.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * A page written operator by operator, the way PDF producers write them: fonts by resource name, every run of text
 * placed with its own text matrix, superscripts raised with {@code Ts}, landscape pages stored portrait with a
 * {@code /Rotate} and their text turned. Positions are given as a reader sees the page: from its left and from its
 * top.
 */
final class RawPage {
	private final StringBuilder ops = new StringBuilder();
	private final PDDocument document;
	private final PDPage page;
	private final PDResources resources = new PDResources();
	private final boolean landscape;
	private final Set<PDFont> subsetted = new HashSet<>();

	/** A portrait page of the given size, or that page turned to landscape by {@code /Rotate 90}. */
	RawPage(PDDocument document, PDRectangle size, boolean landscape) {
		this.document = document;
		this.page = new PDPage(size);
		this.landscape = landscape;
		if (landscape) {
			page.setRotation(90);
		}
		page.setResources(resources);
		document.addPage(page);
	}

	/** The width of the page as a reader sees it. */
	float width() {
		return landscape ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
	}

	/** Writes a run of text with its baseline at {@code top} from the top of the page. */
	RawPage text(PDFont font, float size, float left, float top, String text) throws IOException {
		return raised(font, size, left, top, 0, text);
	}

	/** Writes a run raised above the baseline by {@code rise} points (a superscript note mark). */
	RawPage raised(PDFont font, float size, float left, float top, float rise, String text) throws IOException {
		COSName name = resources.add(font);
		if (font.willBeSubset() && subsetted.add(font)) {
			// only setFont registers a font for subsetting (and so for embedding) when the document is saved
			try (PDPageContentStream register = new PDPageContentStream(document, page, AppendMode.APPEND, false)) {
				register.setFont(font, size);
			}
		}
		ops.append("BT\n/").append(name.getName()).append(' ').append(num(size)).append(" Tf\n");
		ops.append(num(rise)).append(" Ts\n");
		if (landscape) {
			ops.append("0 1 -1 0 ").append(num(top)).append(' ').append(num(left)).append(" Tm\n");
		} else {
			float height = page.getMediaBox().getHeight();
			ops.append("1 0 0 1 ").append(num(left)).append(' ').append(num(height - top)).append(" Tm\n");
		}
		ops.append('<').append(HexFormat.of().formatHex(encode(font, text))).append("> Tj\nET\n");
		return this;
	}

	/** Where a run of text written at {@code left} ends. */
	static float end(PDFont font, float size, float left, String text) throws IOException {
		return left + font.getStringWidth(text) / 1000 * size;
	}

	/** Writes the operators into the page (in place of anything written before). */
	void finish() throws IOException {
		PDStream stream = new PDStream(document);
		try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(ops.toString().getBytes(StandardCharsets.ISO_8859_1));
		}
		page.setContents(stream);
	}

	private static byte[] encode(PDFont font, String text) throws IOException {
		if (font instanceof PDType3Font type3) {
			return CjkType3Font.encode(type3, text);
		}
		if (font.willBeSubset()) {
			text.codePoints().forEach(font::addToSubset);
		}
		return font.encode(text);
	}

	private static String num(float value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
