package org.aifundingatlas.profiles;

import java.util.List;

import org.aifundingatlas.web.FilterChips.Chip;
import org.aifundingatlas.web.ViewSwitches;

/**
 * The links around every profile, whatever its kind.
 *
 * @param explorerUrl the same rounds in the rounds explorer
 * @param switches currency and amount-rule links
 * @param chips the active round filters, each removable
 * @param unfilteredUrl the page without round filters
 */
public record ProfileFrame(String explorerUrl, ViewSwitches switches, List<Chip> chips, String unfilteredUrl) {

}
