package org.policyannotator.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/** Small squares filled with a tag type's colour, made once per colour and disposed with the resource manager. */
public final class ColourSwatches {
	private static final int SIZE = 12;
	private final LocalResourceManager resources;
	private final Map<Integer, Image> images = new HashMap<>();

	public ColourSwatches(LocalResourceManager resources) {
		this.resources = resources;
	}

	/** The swatch of a colour {@code 0xRRGGBB}. */
	public Image of(int rgb) {
		return images.computeIfAbsent(rgb, c -> resources.create(ImageDescriptor.createFromImageDataProvider(zoom -> data(c, zoom))));
	}

	private static ImageData data(int rgb, int zoom) {
		int size = SIZE * zoom / 100;
		PaletteData palette = new PaletteData(new RGB[] { new RGB(0x60, 0x60, 0x60),
				new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff) });
		ImageData data = new ImageData(size, size, 1, palette);
		for (int y = 1; y < size - 1; y++) {
			for (int x = 1; x < size - 1; x++) {
				data.setPixel(x, y, 1);
			}
		}
		return data;
	}
}
