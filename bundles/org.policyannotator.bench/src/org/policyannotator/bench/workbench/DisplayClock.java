package org.policyannotator.bench.workbench;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Times an action as the user sees it: from the moment it starts on the UI thread until a text view has painted the
 * result and the display answers again, that is, until a probe queued after that paint has run (everything the
 * action queued before it, and the window system's pending work, has been handled by then). Work that SWT spreads
 * over later idle moments without blocking input (measuring the wrapped lines of a long text far from the screen)
 * is not waited for. Every paint of a {@link StyledText} in the workbench counts (the editor's text after tagging, a
 * newly opened or activated editor), or of another kind of control asked for (the tag palette's tree).
 */
final class DisplayClock implements AutoCloseable {
	private static final long LIMIT_NS = 30_000_000_000L;

	private final Display display;
	private final Listener paints = this::painted;
	private volatile long lastPaint;
	private volatile java.util.List<Class<? extends Control>> painters = java.util.List.of(StyledText.class);
	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
			.getThreadMXBean();
	private double lastCpuMs;

	DisplayClock(Display display) {
		this.display = display;
		display.addFilter(SWT.Paint, paints);
	}

	/** Milliseconds from running {@code action} until the display is idle and a text view has painted since. */
	double time(Runnable action) {
		return time(action, StyledText.class);
	}

	/**
	 * Milliseconds from running {@code action} until the display is idle and a control of one of these kinds has
	 * painted (e.g. a tree or, when the tree shows the same as before, the text field typed into).
	 */
	@SafeVarargs
	final double time(Runnable action, Class<? extends Control>... painted) {
		painters = java.util.List.of(painted);
		long cpu = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		action.run();
		settle(start);
		double wall = (System.nanoTime() - start) / 1e6;
		lastCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
		return wall;
	}

	/**
	 * The display thread's CPU time in the last {@link #time} (the work of our code, SWT and GTK on that thread,
	 * without the X server and without waiting for a busy machine): steadier than the wall clock on a shared machine.
	 */
	double lastCpuMs() {
		return lastCpuMs;
	}

	/** Milliseconds one full redraw of {@code control} takes until painted: the floor of anything it shows. */
	double redraw(Control control) {
		return time(() -> {
			control.redraw();
			control.update();
		}, control.getClass());
	}

	/** Runs what is queued until the display is idle, without waiting for a paint (setting up the next step). */
	void drain() {
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	private void settle(long since) {
		long deadline = since + LIMIT_NS;
		boolean[] answered = { false };
		boolean probing = false;
		while (System.nanoTime() < deadline) {
			if (!probing && lastPaint >= since) {
				display.asyncExec(() -> answered[0] = true);
				probing = true;
			}
			if (answered[0]) {
				return;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
					// wakes sleep() to look again
				});
				display.sleep();
			}
		}
		throw new IllegalStateException("the workbench did not show the change within 30 s");
	}

	private void painted(Event event) {
		if (painters.stream().anyMatch(kind -> kind.isInstance(event.widget))) {
			lastPaint = System.nanoTime();
		}
	}

	@Override
	public void close() {
		if (!display.isDisposed()) {
			display.removeFilter(SWT.Paint, paints);
		}
	}
}
