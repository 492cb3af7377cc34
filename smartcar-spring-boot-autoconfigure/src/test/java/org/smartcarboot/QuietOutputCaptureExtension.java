package org.smartcarboot;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Captures what a test class prints to {@code System.out} and {@code System.err}, log
 * output included, like Spring Boot's {@link OutputCaptureExtension}, but keeps it in
 * memory instead of passing it on: a passing test prints nothing, a failing test prints
 * what was captured when it fails. For tests that turn loggers up to {@code DEBUG} or
 * {@code TRACE} to check that no secret reaches the log, and tests that provoke failures
 * on purpose, so that a green build stays quiet.
 * <p>
 * A test method may declare a {@link CapturedOutput} parameter: it holds what was printed
 * since the test class started (when its application context starts, for example) and
 * during the test method so far, as Spring Boot's extension does.
 */
public class QuietOutputCaptureExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
		AfterEachCallback, TestWatcher, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(QuietOutputCaptureExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		store(context).put(Capture.class, new Capture());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		capture(context).startTest();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		capture(context).endTest();
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		capture(context).printCaptured("test " + context.getDisplayName() + " failed");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Capture capture = capture(context);
		capture.release();
		if (context.getExecutionException().isPresent()) {
			capture.printCaptured(context.getDisplayName() + " failed");
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return CapturedOutput.class.equals(parameterContext.getParameter().getType());
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return capture(extensionContext);
	}

	private static Capture capture(ExtensionContext context) {
		return Optional.ofNullable(store(context).get(Capture.class, Capture.class))
			.orElseThrow(() -> new IllegalStateException(
					QuietOutputCaptureExtension.class.getSimpleName() + " must extend the test class"));
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
			classContext = classContext.getParent().get();
		}
		return classContext.getStore(NAMESPACE);
	}

	/**
	 * What a test class printed: before and between its tests, and during the current
	 * test. Replaces {@code System.out} and {@code System.err} until {@link #release()
	 * released}.
	 */
	private static final class Capture implements CapturedOutput {

		private final PrintStream originalOut = System.out;

		private final PrintStream originalErr = System.err;

		private final Charset charset = Charset.defaultCharset();

		private final Buffers classOutput = new Buffers();

		private Buffers testOutput = new Buffers();

		private Buffers current = this.classOutput;

		Capture() {
			System.setOut(new PrintStream(new Target(false), true, this.charset));
			System.setErr(new PrintStream(new Target(true), true, this.charset));
		}

		synchronized void startTest() {
			this.testOutput = new Buffers();
			this.current = this.testOutput;
		}

		synchronized void endTest() {
			this.current = this.classOutput;
		}

		synchronized void release() {
			System.setOut(this.originalOut);
			System.setErr(this.originalErr);
		}

		/**
		 * Prints what was captured so far to the original {@code System.out}.
		 * @param reason why, such as the test that failed
		 */
		synchronized void printCaptured(String reason) {
			this.originalOut.println("---- output captured before " + reason + " ----");
			this.originalOut.print(getAll());
			this.originalOut.println("---- end of captured output ----");
		}

		@Override
		public synchronized String getAll() {
			return this.classOutput.all.toString(this.charset) + this.testOutput.all.toString(this.charset);
		}

		@Override
		public synchronized String getOut() {
			return this.classOutput.out.toString(this.charset) + this.testOutput.out.toString(this.charset);
		}

		@Override
		public synchronized String getErr() {
			return this.classOutput.err.toString(this.charset) + this.testOutput.err.toString(this.charset);
		}

		@Override
		public String toString() {
			return getAll();
		}

		private synchronized void write(boolean err, byte[] bytes, int offset, int length) {
			this.current.all.write(bytes, offset, length);
			(err ? this.current.err : this.current.out).write(bytes, offset, length);
		}

		/**
		 * Everything printed, and what went to {@code System.out} and to
		 * {@code System.err}.
		 */
		private static final class Buffers {

			private final ByteArrayOutputStream all = new ByteArrayOutputStream();

			private final ByteArrayOutputStream out = new ByteArrayOutputStream();

			private final ByteArrayOutputStream err = new ByteArrayOutputStream();

		}

		/**
		 * What {@code System.out} or {@code System.err} writes to.
		 */
		private final class Target extends OutputStream {

			private final boolean err;

			Target(boolean err) {
				this.err = err;
			}

			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) {
				Capture.this.write(this.err, bytes, offset, length);
			}

		}

	}

}
