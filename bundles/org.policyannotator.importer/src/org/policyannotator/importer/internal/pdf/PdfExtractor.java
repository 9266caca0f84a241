package org.policyannotator.importer.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.policyannotator.importer.ArticleMetadata;
import org.policyannotator.importer.BlockKind;
import org.policyannotator.importer.ImportException;
import org.policyannotator.importer.ImportProblem;
import org.policyannotator.importer.internal.Block;
import org.policyannotator.importer.internal.Extraction;
import org.policyannotator.importer.internal.TextJoiner;
import org.policyannotator.importer.internal.pdf.PdfParagraphs.PageMark;
import org.policyannotator.importer.internal.pdf.PdfParagraphs.Paragraph;

/**
 * The text of a PDF: lines in reading order, running headers, footers and page numbers removed, paragraphs rebuilt
 * (hyphenated words joined), footnotes after the body, and where each page starts in the text.
 */
public final class PdfExtractor {

	/**
	 * What was found in a PDF.
	 *
	 * @param extraction the text, its paragraphs and metadata
	 * @param pageStarts for each page (from 0), the UTF-16 offset in the text where it starts; a page without text
	 *                   starts where the next one does
	 * @param warnings   things to check, e.g. pages without text
	 */
	public record Result(Extraction extraction, List<Integer> pageStarts, List<String> warnings) {
		public Result {
			pageStarts = List.copyOf(pageStarts);
			warnings = List.copyOf(warnings);
		}
	}

	/**
	 * PDFBox logs a warning for every standard font it substitutes (through commons-logging, to java.util.logging by
	 * default): noise on a user's terminal, not a problem with the document. Held here so the setting stays.
	 */
	private static final java.util.logging.Logger PDFBOX_LOG = quiet();

	private PdfExtractor() {
	}

	/** Silences PDFBox's warnings (errors still show); returns the logger so that it is kept. */
	public static java.util.logging.Logger quiet() {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.apache.pdfbox");
		logger.setLevel(java.util.logging.Level.SEVERE);
		return logger;
	}

	/** Whether bytes are a PDF file (they start with {@code %PDF-}, perhaps after a little junk). */
	public static boolean isPdf(byte[] bytes) {
		int n = Math.min(bytes.length - 4, 1024);
		for (int i = 0; i < n; i++) {
			if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Extracts the text of a PDF.
	 *
	 * @throws ImportException when it is encrypted with a password, damaged, or has no text layer (scanned)
	 */
	public static Result extract(byte[] bytes, String source) throws ImportException {
		PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PdfLineCollector lines = PdfLineCollector.read(document);
			return extract(lines, PdfMetadata.of(document), source);
		} catch (InvalidPasswordException e) {
			throw new ImportException(source, ImportProblem.UNREADABLE,
					"the PDF is encrypted with a password; open it and save an unprotected copy to import it", e);
		} catch (IOException e) {
			throw new ImportException(source, ImportProblem.UNREADABLE, "the PDF cannot be read: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			throw new ImportException(source, ImportProblem.UNREADABLE, "the PDF is damaged: " + e, e);
		}
	}

	private static Result extract(PdfLineCollector lines, ArticleMetadata metadata, String source)
			throws ImportException {
		List<List<PdfLine>> pages = lines.pages();
		if (pages.isEmpty()) {
			throw new ImportException(source, ImportProblem.UNREADABLE, "the PDF has no pages; it may be damaged or truncated");
		}
		if (pages.stream().allMatch(List::isEmpty)) {
			throw new ImportException(source, ImportProblem.NO_TEXT, "the PDF has no text layer (" + pages.size()
					+ (pages.size() == 1 ? " page" : " pages") + " of images, e.g. a scan); run it through OCR first");
		}
		float bodySize = bodySize(pages);
		List<List<PdfLine>> kept = PdfFurniture.remove(pages, lines.pageHeights(), bodySize);
		List<List<PdfLine>> body = new ArrayList<>();
		List<Block> notes = new ArrayList<>();
		for (List<PdfLine> page : kept) {
			PdfFootnotes.Split split = PdfFootnotes.split(page, bodySize);
			body.add(split.body());
			addNotes(split.notes(), notes);
		}
		PdfParagraphs built = PdfParagraphs.build(body, bodySize);
		List<Block> blocks = new ArrayList<>();
		for (Paragraph p : built.paragraphs()) {
			blocks.add(new Block(p.text(), p.kind(), false));
		}
		blocks.addAll(notes);
		TextJoiner.Joined joined = TextJoiner.join(blocks);
		List<String> warnings = new ArrayList<>();
		List<Integer> starts = pageStarts(built.pageMarks(), joined, pages.size(), warnings);
		ArticleMetadata withTitle = metadata.title().isPresent() ? metadata
				: metadata.withTitle(largestOnFirstPage(kept, bodySize).or(() -> firstHeading(built.paragraphs())));
		return new Result(Extraction.of(joined, withTitle, "pdf"), starts, warnings);
	}

	private static void addNotes(List<PdfLine> lines, List<Block> notes) {
		StringBuilder note = null;
		for (PdfLine line : lines) {
			String mark = PdfFootnotes.mark(line.text());
			if (mark != null || note == null) {
				if (note != null) {
					notes.add(new Block(note.toString(), BlockKind.FOOTNOTE, false));
				}
				note = new StringBuilder("[" + (mark == null ? "*" : mark) + "] " + PdfFootnotes.afterMark(line.text()));
			} else {
				PdfParagraphs.join(note, line.text(), java.util.Set.of());
			}
		}
		if (note != null) {
			notes.add(new Block(note.toString(), BlockKind.FOOTNOTE, false));
		}
	}

	private static List<Integer> pageStarts(List<PageMark> marks, TextJoiner.Joined joined, int pageCount,
			List<String> warnings) {
		int[] starts = new int[pageCount];
		Arrays.fill(starts, -1);
		for (PageMark m : marks) {
			starts[m.page()] = joined.blocks().get(m.paragraph()).start() + m.offset();
		}
		int next = joined.text().length();
		List<Integer> empty = new ArrayList<>();
		for (int page = pageCount - 1; page >= 0; page--) {
			if (starts[page] < 0) {
				starts[page] = next;
				empty.add(0, page + 1);
			}
			next = starts[page];
		}
		if (!empty.isEmpty()) {
			warnings.add("no text on page" + (empty.size() == 1 ? " " : "s ") + empty + " (images only?)");
		}
		List<Integer> list = new ArrayList<>(pageCount);
		for (int s : starts) {
			list.add(s);
		}
		return list;
	}

	/**
	 * The title set on the first page with text in the largest type, clearly larger than the body's: the cover's title
	 * rather than a date or an editor's line over it. Lines of one title are joined with a space; a line set apart
	 * from the one before it (a name over its subtitle) follows a colon.
	 */
	private static Optional<String> largestOnFirstPage(List<List<PdfLine>> pages, float bodySize) {
		List<PdfLine> first = pages.stream().filter(p -> !p.isEmpty()).findFirst().orElse(List.of());
		float largest = (float) first.stream().mapToDouble(PdfLine::fontSize).max().orElse(0);
		if (largest < bodySize * 1.3f) {
			return Optional.empty();
		}
		StringBuilder title = new StringBuilder();
		PdfLine previous = null;
		for (PdfLine line : first) {
			if (Math.abs(line.fontSize() - largest) < 0.5f) {
				if (previous == null) {
					title.append(line.text());
				} else if (line.y() - previous.y() > 1.6f * largest && !title.toString().matches("(?s).*[:.!?–—-]$")) {
					title.append(": ").append(line.text()); // a name set apart over its subtitle: "REFI-QDA: Exchange of ..."
				} else {
					PdfParagraphs.join(title, line.text(), java.util.Set.of()); // one title over two lines
				}
				previous = line;
			} else if (!title.isEmpty()) {
				break;
			}
		}
		String t = title.toString().strip();
		return t.isEmpty() || t.length() > 300 ? Optional.empty() : Optional.of(t);
	}

	private static Optional<String> firstHeading(List<Paragraph> paragraphs) {
		for (Paragraph p : paragraphs) {
			if (p.kind() == BlockKind.HEADING && p.text().length() <= 300) {
				return Optional.of(p.text());
			}
		}
		return Optional.empty();
	}

	/** The font size most characters are set in. */
	private static float bodySize(List<List<PdfLine>> pages) {
		Map<Float, Integer> chars = new HashMap<>();
		for (List<PdfLine> page : pages) {
			for (PdfLine line : page) {
				chars.merge(line.fontSize(), line.text().length(), Integer::sum);
			}
		}
		return chars.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
	}
}
