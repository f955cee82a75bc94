package org.aifundingatlas.web;

import java.util.Arrays;
import java.util.List;

import org.aifundingatlas.core.filter.RoundFilter;

/**
 * Query parameters that handlers take together, named so that a declaration reads as what
 * the endpoint is about rather than as a list of names.
 */
public enum ParameterGroup {

	/**
	 * Every component of {@link RoundFilter}: which rounds, and how their amounts are
	 * summed and shown. Read from the record, so a new component is a new parameter.
	 */
	FILTER(Arrays.stream(RoundFilter.class.getRecordComponents()).map((component) -> component.getName()).toList()),

	/** A page of a table: its number, its size and its order. */
	PAGING(List.of("page", "size", "sort"));

	private final List<String> names;

	ParameterGroup(List<String> names) {
		this.names = names;
	}

	public List<String> names() {
		return this.names;
	}

}
