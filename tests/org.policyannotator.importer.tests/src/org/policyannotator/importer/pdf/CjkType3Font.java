package org.policyannotator.importer.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * A Type 3 font for Chinese or Japanese text, as producers write one when they draw their own glyphs: every
 * character a one-byte code whose glyph procedure draws a full-width box, its Unicode value known only from the
 * glyph name ({@code uni56FD}) in the encoding's differences. No font file is needed, so the tests run anywhere.
 */
final class CjkType3Font {
	private CjkType3Font() {
	}

	/** A font with a glyph for every distinct character of {@code characters} (at most 255). */
	static PDType3Font of(PDDocument document, String characters) throws IOException {
		int[] cps = characters.codePoints().distinct().toArray();
		if (cps.length > 255) {
			throw new IllegalArgumentException("a one-byte Type 3 font holds at most 255 glyphs");
		}
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
		font.setItem(COSName.FONT_BBOX, new PDRectangle(0, -120, 1000, 1000));
		COSArray matrix = new COSArray();
		for (float v : new float[] { 0.001f, 0, 0, 0.001f, 0, 0 }) {
			matrix.add(new COSFloat(v));
		}
		font.setItem(COSName.FONT_MATRIX, matrix);
		COSDictionary procs = new COSDictionary();
		COSArray differences = new COSArray();
		differences.add(COSInteger.get(1));
		COSArray widths = new COSArray();
		for (int cp : cps) {
			String name = glyphName(cp);
			differences.add(COSName.getPDFName(name));
			PDStream glyph = new PDStream(document);
			try (OutputStream out = glyph.createOutputStream()) {
				out.write("1000 0 0 -120 1000 880 d1 80 -40 840 840 re f".getBytes(StandardCharsets.US_ASCII));
			}
			procs.setItem(name, glyph.getCOSObject());
			widths.add(COSInteger.get(1000));
		}
		COSDictionary encoding = new COSDictionary();
		encoding.setItem(COSName.TYPE, COSName.ENCODING);
		encoding.setItem(COSName.DIFFERENCES, differences);
		font.setItem(COSName.ENCODING, encoding);
		font.setItem(COSName.CHAR_PROCS, procs);
		font.setInt(COSName.FIRST_CHAR, 1);
		font.setInt(COSName.LAST_CHAR, cps.length);
		font.setItem(COSName.WIDTHS, widths);
		font.setItem(COSName.RESOURCES, new COSDictionary());
		return new PDType3Font(font);
	}

	/** The one-byte codes of a text in that font. */
	static byte[] encode(PDType3Font font, String text) {
		COSArray differences = font.getCOSObject().getCOSDictionary(COSName.ENCODING).getCOSArray(COSName.DIFFERENCES);
		int[] cps = text.codePoints().toArray();
		byte[] codes = new byte[cps.length];
		for (int i = 0; i < cps.length; i++) {
			int code = differences.indexOfObject(COSName.getPDFName(glyphName(cps[i])));
			if (code < 1) {
				throw new IllegalArgumentException("no glyph for '" + Character.toString(cps[i]) + "'");
			}
			codes[i] = (byte) code;
		}
		return codes;
	}

	private static String glyphName(int cp) {
		return String.format(Locale.ROOT, "uni%04X", cp);
	}
}
