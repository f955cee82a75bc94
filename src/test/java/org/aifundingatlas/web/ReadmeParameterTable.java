package org.aifundingatlas.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's parameter contract, read from its tables: the parameters of "Query
 * parameters" and which endpoint takes which.
 *
 * @param parameters every parameter the parameter table names
 * @param endpoints per endpoint path (as written, {slug} and {id} included), the
 * parameters it takes besides lang
 */
record ReadmeParameterTable(Set<String> parameters, Map<String, Set<String>> endpoints) {

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	/**
	 * @param filter the names "all" stands for: the filter's parameters
	 */
	static ReadmeParameterTable read(Path readme, List<String> filter) throws IOException {
		List<String> lines = Files.readAllLines(readme);
		Set<String> parameters = new TreeSet<>();
		for (List<String> row : rows(lines, "| parameter | values |")) {
			parameters.addAll(codes(row.get(0)));
		}
		Map<String, Set<String>> endpoints = new LinkedHashMap<>();
		for (List<String> row : rows(lines, "| endpoint | filter parameters | other parameters |")) {
			Set<String> taken = new TreeSet<>(filterPart(row.get(1), filter));
			taken.addAll(codes(row.get(2)));
			codes(row.get(0)).forEach((path) -> endpoints.put(path, taken));
		}
		return new ReadmeParameterTable(parameters, endpoints);
	}

	/** "all", "all but `x`", "only `a`, `b`" or "none". */
	private static Set<String> filterPart(String cell, List<String> filter) {
		Set<String> names = new TreeSet<>();
		if (cell.startsWith("all")) {
			names.addAll(filter);
			names.removeAll(codes(cell));
		}
		else if (cell.startsWith("only")) {
			names.addAll(codes(cell));
		}
		else if (!cell.equals("none")) {
			throw new IllegalStateException("Cannot read the filter cell: " + cell);
		}
		return names;
	}

	/** The cells of the rows of the table under the header line. */
	private static List<List<String>> rows(List<String> lines, String header) {
		int start = lines.indexOf(header);
		if (start < 0) {
			throw new IllegalStateException("README has no table " + header);
		}
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines.subList(start + 2, lines.size())) {
			if (!line.startsWith("|")) {
				break;
			}
			List<String> cells = new ArrayList<>();
			for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
				cells.add(cell.strip());
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<String> codes(String cell) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = CODE.matcher(cell);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}
