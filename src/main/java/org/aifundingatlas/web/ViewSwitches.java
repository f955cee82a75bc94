package org.aifundingatlas.web;

import java.util.List;

/**
 * The currency and amount-rule switches of a page: the same page under each option.
 *
 * @param currencies one link per display currency
 * @param rules one link per amount rule
 */
public record ViewSwitches(List<Switch> currencies, List<Switch> rules) {

	/**
	 * @param messageKey the option's label
	 * @param href the same page with this option
	 * @param active whether the page shows this option
	 */
	public record Switch(String messageKey, String href, boolean active) {

	}

}
