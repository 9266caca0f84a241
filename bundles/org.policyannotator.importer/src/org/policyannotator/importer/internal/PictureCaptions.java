package org.policyannotator.importer.internal;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes a picture's caption set as a plain line right after the picture, with no {@code <figcaption>} to name it:
 * the line after an image (or after the link, figure or box that holds the image and no text) is a caption when it
 * repeats the image's alt or title text ({@code <img alt="The new tram at the depot."><p>The new tram at the
 * depot.</p>}), or when it is short and ends with a photo credit in brackets as Chinese, Japanese and Korean captions
 * do ("大安區一棟老公寓。（北市都發局提供）", "...（記者王小明攝）", "...（圖／翻攝網路）", "...（写真：共同）", "...(사진=연합뉴스)").
 */
final class PictureCaptions {
	/**
	 * A photo credit in brackets at the end of a line: a name and the word for "photographed by" or "provided by"
	 * ("（記者王小明攝）", "（北市都發局提供）", "（共同撮影）", "(연합뉴스 제공)"), or a label for the picture, a
	 * separator and the name ("（圖／翻攝網路）", "（写真：共同）", "(사진=연합뉴스)", "(사진 제공=시청)", "（photo: X）").
	 */
	private static final Pattern BRACKETED_CREDIT = Pattern.compile("(?iu)[（(〔\\[]\\s*(?:[^（）()〔〕\\[\\]]{1,30}\\s*"
			+ "(?:攝|摄|攝影|摄影|提供|撮影|촬영|제공)|(?:圖|图|圖片|图片|照片|資料照|资料照|写真|画像|사진|photo|foto|image|credit)"
			+ "(?:\\s*제공)?\\s*[／/:：=][^（）()〔〕\\[\\]]{1,30})\\s*[）)〕\\]]$");
	/** The longest line that is taken for a caption for its credit alone. */
	private static final int MAX_CREDITED_CAPTION = 120;
	/** The longest line that is taken for a caption because it repeats the picture's alt text. */
	private static final int MAX_REPEATED_CAPTION = 400;
	/** The shortest alt text whose repetition marks a caption (not "photo" under a "Photo" label). */
	private static final int MIN_ALT_WEIGHT = 12;

	private PictureCaptions() {
	}

	/** Removes the captions inside {@code container} that follow their pictures as plain lines. */
	static void remove(Element container) {
		for (Element img : container.getElementsByTag("img")) {
			if (img.parent() == null) {
				continue; // a caption removed before took it along
			}
			Element caption = lineAfter(picture(img, container));
			if (caption != null && caption != container && isCaption(caption, img)) {
				caption.remove();
			}
		}
	}

	/** The image, or the outermost element around it below {@code container} that holds no text of its own. */
	private static Element picture(Element img, Element container) {
		Element picture = img;
		for (Element p = img.parent(); p != null && p != container && p.text().isBlank(); p = p.parent()) {
			picture = p;
		}
		return picture;
	}

	/** The element right after {@code picture}, with no text between them; or null. */
	private static Element lineAfter(Element picture) {
		for (Node n = picture.nextSibling(); n != null; n = n.nextSibling()) {
			if (n instanceof TextNode t) {
				if (!t.isBlank()) {
					return null;
				}
			} else if (n instanceof Element e) {
				return e.selectFirst("img") == null ? e : null;
			}
		}
		return null;
	}

	private static boolean isCaption(Element line, Element img) {
		String text = TextNormalizer.collapse(line.text());
		if (text.isEmpty()) {
			return false;
		}
		if (text.length() <= MAX_CREDITED_CAPTION && BRACKETED_CREDIT.matcher(text).find()) {
			return true;
		}
		if (text.length() > MAX_REPEATED_CAPTION) {
			return false;
		}
		String key = TextNormalizer.lettersAndDigits(text);
		for (String attribute : new String[] { "alt", "title" }) {
			String alt = img.attr(attribute);
			if (TextNormalizer.weight(alt) >= MIN_ALT_WEIGHT && TextNormalizer.lettersAndDigits(alt).equals(key)) {
				return true;
			}
		}
		return false;
	}
}
