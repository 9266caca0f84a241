package org.policyannotator.model;

/**
 * Told about every change of an {@link AnnotationSet}, in the thread that made the change, after the change is
 * complete. An editor mirrors these events into its {@code IAnnotationModel}.
 */
@FunctionalInterface
public interface AnnotationSetListener {

	/** Called once per change. */
	void setChanged(AnnotationSetEvent event);
}
