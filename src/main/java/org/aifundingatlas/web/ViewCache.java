package org.aifundingatlas.web;

import java.util.Locale;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aifundingatlas.core.query.DataVersion;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps computed views — all aggregates of a page for one filter, in one language — so a
 * repeated view costs one version lookup instead of a dozen aggregate queries. Keys hold
 * the data version: when the data change, old entries are simply never asked for again
 * and age out. Measured with src/bench/pages.sh (cache on vs
 * {@code atlas.cache.enabled=false}).
 */
@Component
public class ViewCache {

	private final Cache<Key, Object> cache;

	private final boolean enabled;

	private final DataVersion dataVersion;

	ViewCache(AtlasProperties properties, DataVersion dataVersion) {
		this.enabled = properties.cache().enabled();
		this.dataVersion = dataVersion;
		this.cache = Caffeine.newBuilder()
			.maximumSize(properties.cache().maxEntries())
			.expireAfterWrite(properties.cache().timeToLive())
			.build();
	}

	/**
	 * The view named {@code view} for {@code parameters} in the current language and data
	 * version, computed by {@code compute} when not kept.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String view, Object parameters, Supplier<T> compute) {
		if (!this.enabled) {
			return compute.get();
		}
		Key key = new Key(view, parameters, LocaleContextHolder.getLocale(), this.dataVersion.current().version());
		return (T) this.cache.get(key, (k) -> compute.get());
	}

	/** Forgets every kept view (tests that count queries start cold). */
	public void clear() {
		this.cache.invalidateAll();
	}

	record Key(String view, Object parameters, Locale locale, long dataVersion) {
	}

}
