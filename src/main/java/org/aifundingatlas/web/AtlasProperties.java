package org.aifundingatlas.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings ({@code atlas.*}).
 *
 * @param cache the cache of computed views
 * @param cors which origins may read the API from a browser
 */
@ConfigurationProperties("atlas")
public record AtlasProperties(@DefaultValue Cache cache, @DefaultValue Cors cors) {

	/**
	 * @param enabled whether computed views (a page's aggregates for one filter and
	 * language) are kept; entries are keyed by the data version, so a change to the data
	 * is never served stale
	 * @param maxEntries how many views are kept at most
	 * @param timeToLive how long a view is kept after it was computed
	 */
	public record Cache(@DefaultValue("true") boolean enabled, @DefaultValue("2000") long maxEntries,
			@DefaultValue("10m") Duration timeToLive) {

	}

	/**
	 * @param allowedOrigins origins allowed to GET the API ("*" for any)
	 */
	public record Cors(@DefaultValue("*") List<String> allowedOrigins) {

	}

}
