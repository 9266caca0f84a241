package org.policyannotator.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.policyannotator.export.brat.BratWriter;
import org.policyannotator.export.dataset.NativeDatasetWriter;
import org.policyannotator.export.doccano.DoccanoWriter;
import org.policyannotator.export.internal.AtomicOutput;
import org.policyannotator.export.internal.CountingSource;
import org.policyannotator.export.labelstudio.LabelStudioConfig;
import org.policyannotator.export.labelstudio.LabelStudioWriter;
import org.policyannotator.export.refi.RefiProjectWriter;
import org.policyannotator.export.uima.UimaJsonWriter;
import org.policyannotator.export.w3c.W3cWriter;

/**
 * Exports a dataset to a file or folder in one of the {@link ExportFormat}s. The output appears under the target
 * name only when complete (temporary file or folder, then rename); a failed or cancelled export leaves nothing
 * there. Memory stays bounded: one document at a time.
 */
public final class Exporter {
	private Exporter() {
	}

	/** The writer of a one-file format. */
	public static DatasetWriter writer(ExportFormat format) {
		return switch (format) {
		case NATIVE -> NativeDatasetWriter.json();
		case JSONL -> NativeDatasetWriter.jsonLines();
		case W3C -> new W3cWriter();
		case DOCCANO -> new DoccanoWriter();
		case LABEL_STUDIO -> new LabelStudioWriter();
		case REFI_QDA -> new RefiProjectWriter();
		case BRAT, UIMA_JSON -> throw new IllegalArgumentException(format.key() + " writes a folder");
		};
	}

	/** The writer of a folder format. */
	public static FolderWriter folderWriter(ExportFormat format) {
		return switch (format) {
		case BRAT -> new BratWriter();
		case UIMA_JSON -> new UimaJsonWriter();
		default -> throw new IllegalArgumentException(format.key() + " writes one file");
		};
	}

	/**
	 * Writes {@code source} to {@code target} in {@code format}.
	 *
	 * @throws ExportException          if the format needs the texts but the options leave them out, or the target
	 *                                  cannot be written (the message names it)
	 * @throws ExportCancelledException if {@code progress} cancelled; nothing is left under {@code target}
	 */
	public static ExportResult export(DatasetSource source, ExportFormat format, Path target, ExportProgress progress)
			throws IOException {
		if (format.needsText() && !source.options().includeText()) {
			throw new ExportException(format.key() + " cannot do without the document texts; leave out --no-text"
					+ " or use native, jsonl or w3c");
		}
		CountingSource counting = new CountingSource(source);
		if (format.writesFolder()) {
			FolderWriter writer = folderWriter(format);
			AtomicOutput.writeFolder(target, folder -> writer.write(counting, folder, progress));
		} else {
			DatasetWriter writer = writer(format);
			AtomicOutput.writeFile(target, out -> writer.write(counting, out, progress));
			if (format == ExportFormat.LABEL_STUDIO) {
				byte[] config = LabelStudioConfig.xml(source.schema()).getBytes(StandardCharsets.UTF_8);
				AtomicOutput.writeFile(LabelStudioConfig.besides(target), out -> out.write(config));
			}
		}
		return new ExportResult(target, format, counting.documents(), counting.annotations(), counting.relations(),
				AtomicOutput.size(target), source.warnings());
	}
}
