package org.smartcarboot.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * A Java process the benchmark starts with the same JVM as its own, whose standard output
 * it reads until a line starting with a marker appears. The output that follows is
 * drained, and standard error goes to the benchmark's, so the process never blocks on a
 * full pipe.
 */
public final class JavaProcess implements AutoCloseable {

	private final Process process;

	private final BufferedReader output;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private JavaProcess(Process process) {
		this.process = process;
		this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	/**
	 * Starts a process.
	 * @param classpath the classpath
	 * @param mainClass the main class
	 * @param jvmOptions options of the JVM, such as {@code -Xmx256m}
	 * @param args the arguments of the main method
	 * @return the process
	 * @throws IOException when the process cannot be started
	 */
	public static JavaProcess start(String classpath, String mainClass, List<String> jvmOptions, List<String> args)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add(mainClass);
		command.addAll(args);
		return new JavaProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
	}

	/**
	 * Reads standard output until a line starts with a marker, then drains the rest in
	 * the background.
	 * @param marker the start of the awaited line
	 * @param timeout the longest wait
	 * @return the rest of the line after the marker
	 * @throws IOException when the process ends, or the timeout passes, first; the
	 * message quotes the output read so far
	 */
	public String awaitLine(String marker, Duration timeout) throws IOException {
		CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> readUntil(marker));
		try {
			String found = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (found == null) {
				throw new IOException("The process ended (exit " + this.process.waitFor() + ") before printing '"
						+ marker + "'; its output: " + this.lines);
			}
			Thread drain = new Thread(this::drain, "process-output");
			drain.setDaemon(true);
			drain.start();
			return found.substring(marker.length());
		}
		catch (TimeoutException ex) {
			throw new IOException(
					"No '" + marker + "' from the process within " + timeout + "; its output: " + this.lines, ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("Reading the process's output failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for '" + marker + "'", ex);
		}
	}

	private @Nullable String readUntil(String marker) {
		try {
			for (String line = this.output.readLine(); line != null; line = this.output.readLine()) {
				if (line.startsWith(marker)) {
					return line;
				}
				this.lines.add(line);
			}
			return null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private void drain() {
		try {
			while (this.output.readLine() != null) {
				// nothing more is needed from the process
			}
		}
		catch (IOException ex) {
			// the process ended
		}
	}

	/**
	 * Waits for the process to end.
	 * @param timeout the longest wait, after which the process is killed
	 * @return the exit code
	 * @throws InterruptedException when interrupted
	 */
	public int waitFor(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
		}
		return this.process.waitFor();
	}

	/**
	 * Closes the process's standard input, which asks it to stop, then ends it if it has
	 * not stopped within five seconds.
	 */
	@Override
	public void close() {
		try {
			this.process.getOutputStream().close();
			waitFor(Duration.ofSeconds(5));
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
