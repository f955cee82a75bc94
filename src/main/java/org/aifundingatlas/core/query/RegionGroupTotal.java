package org.aifundingatlas.core.query;

import org.aifundingatlas.core.model.Region;

/**
 * The totals of one group (a layer, a stage, ...) within one region.
 *
 * @param region the companies' HQ region
 * @param total the group's rounds and money
 */
public record RegionGroupTotal(Region region, GroupTotal total) {

}
