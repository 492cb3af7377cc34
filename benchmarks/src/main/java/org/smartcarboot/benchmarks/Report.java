package org.smartcarboot.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the benchmark prints: a table per scenario as soon as it is done, and at the end
 * exactly one line {@code RESULT key=value ...} with every headline number.
 */
public final class Report {

	private final PrintStream out;

	private final Map<String, String> results = new LinkedHashMap<>();

	/**
	 * Creates a report.
	 * @param out where the tables and the result line go
	 */
	public Report(PrintStream out) {
		this.out = out;
	}

	/**
	 * Starts a table.
	 * @param title the title
	 * @param columns the column headers; the first column is left-aligned, the others
	 * right-aligned
	 * @return the table, printed by {@link Table#print()}
	 */
	public Table table(String title, String... columns) {
		return new Table(title, List.of(columns));
	}

	/**
	 * Prints a line of text, such as a note under a table.
	 * @param line the text
	 */
	public void note(String line) {
		this.out.println(line);
	}

	/**
	 * Adds a number to the result line.
	 * @param key the key, lower case with underscores
	 * @param value the value
	 * @param decimals the decimals to print
	 */
	public void result(String key, double value, int decimals) {
		this.results.put(key, String.format(Locale.ROOT, "%." + decimals + "f", value));
	}

	/**
	 * Adds a text to the result line.
	 * @param key the key, lower case with underscores
	 * @param value the value, without spaces
	 */
	public void result(String key, String value) {
		this.results.put(key, value);
	}

	/**
	 * Prints the result line.
	 */
	public void printResultLine() {
		this.out.println("RESULT " + this.results.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(" ")));
	}

	/**
	 * Formats a number for a table.
	 * @param format the format, such as {@code %.2f}
	 * @param value the value
	 * @return the text
	 */
	public static String format(String format, double value) {
		return String.format(Locale.ROOT, format, value);
	}

	/**
	 * A table of text, its columns as wide as their widest cell.
	 */
	public final class Table {

		private final String title;

		private final List<String> columns;

		private final List<List<String>> rows = new ArrayList<>();

		private Table(String title, List<String> columns) {
			this.title = title;
			this.columns = columns;
		}

		/**
		 * Adds a row.
		 * @param cells the cells, one per column
		 * @return this table
		 */
		public Table row(String... cells) {
			if (cells.length != this.columns.size()) {
				throw new IllegalArgumentException(
						"A row of '" + this.title + "' needs " + this.columns.size() + " cells, had " + cells.length);
			}
			this.rows.add(List.of(cells));
			return this;
		}

		/**
		 * Prints the title and the table, as a Markdown table.
		 */
		public void print() {
			int[] widths = new int[this.columns.size()];
			List<List<String>> all = new ArrayList<>();
			all.add(this.columns);
			all.addAll(this.rows);
			for (List<String> row : all) {
				for (int i = 0; i < widths.length; i++) {
					widths[i] = Math.max(widths[i], row.get(i).length());
				}
			}
			Report.this.out.println();
			Report.this.out.println(this.title);
			Report.this.out.println();
			printRow(this.columns, widths);
			StringBuilder rule = new StringBuilder("|");
			for (int i = 0; i < widths.length; i++) {
				rule.append(i == 0 ? ":" : "-").append("-".repeat(widths[i])).append(i == 0 ? "-|" : ":|");
			}
			Report.this.out.println(rule);
			this.rows.forEach((row) -> printRow(row, widths));
			Report.this.out.println();
		}

		private void printRow(List<String> cells, int[] widths) {
			StringBuilder line = new StringBuilder("|");
			for (int i = 0; i < widths.length; i++) {
				String cell = cells.get(i);
				String padding = " ".repeat(widths[i] - cell.length());
				line.append(' ').append((i == 0) ? cell + padding : padding + cell).append(" |");
			}
			Report.this.out.println(line);
		}

	}

}
