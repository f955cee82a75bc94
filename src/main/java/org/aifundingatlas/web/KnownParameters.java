package org.aifundingatlas.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.aifundingatlas.core.filter.RoundFilter;

/**
 * Every query parameter the application knows, and whether it may be given more than
 * once: the filter's lists and the sort (one column per value) may, everything else names
 * one value, so a second one is a 400 rather than a silent choice between them.
 */
final class KnownParameters {

	/** The language of the answer: every handler takes it. */
	static final String LANG = "lang";

	/** Name to "may repeat", in alphabetical order for messages. */
	private static final Map<String, Boolean> REPEATABLE = repeatable();

	private KnownParameters() {
	}

	static boolean isKnown(String name) {
		return REPEATABLE.containsKey(name);
	}

	static boolean isRepeatable(String name) {
		return REPEATABLE.getOrDefault(name, false);
	}

	static Set<String> names() {
		return Collections.unmodifiableSet(REPEATABLE.keySet());
	}

	private static Map<String, Boolean> repeatable() {
		Map<String, Boolean> repeatable = new TreeMap<>();
		for (var component : RoundFilter.class.getRecordComponents()) {
			repeatable.put(component.getName(), List.class.isAssignableFrom(component.getType()));
		}
		repeatable.put("page", false);
		repeatable.put("size", false);
		repeatable.put("sort", true);
		// The compare page's two regions, repeated: regions=SILICON_VALLEY&regions=CHINA.
		repeatable.put("regions", true);
		// How many entries a top list has.
		repeatable.put("limit", false);
		repeatable.put(LANG, false);
		return repeatable;
	}

}
