package org.policyannotator.importer.internal;

/**
 * One paragraph of extracted text.
 *
 * @param text     the text, white space collapsed, may contain {@code \n} from {@code <br>}
 * @param heading  whether it came from {@code <h1>}..{@code <h6>}
 * @param linkOnly whether all of it is link text
 */
public record Block(String text, boolean heading, boolean linkOnly) {
}
