package org.aifundingatlas.web;

import java.util.Locale;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps computed views — all aggregates of a page or API answer for one filter, in one
 * language where the answer has words — so a repeated view costs one version lookup
 * instead of a dozen aggregate queries. Keys hold the data version: when the data change,
 * old entries are simply never asked for again and age out. A view not kept is computed
 * in one read-only transaction, so all its queries share one connection. Measured with
 * src/bench/pages.sh (cache on vs {@code atlas.cache.enabled=false}).
 */
@Component
public class ViewCache {

	private final Cache<Key, Object> cache;

	private final boolean enabled;

	private final RequestDataVersion dataVersion;

	private final TransactionTemplate readOnly;

	// The transaction manager is looked up when first used: the web layer's slice tests
	// have no database.
	ViewCache(AtlasProperties properties, RequestDataVersion dataVersion,
			@Lazy PlatformTransactionManager transactions) {
		this.enabled = properties.cache().enabled();
		this.dataVersion = dataVersion;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.cache = Caffeine.newBuilder()
			.maximumSize(properties.cache().maxEntries())
			.expireAfterWrite(properties.cache().timeToLive())
			.build();
	}

	/**
	 * The view named {@code view} for {@code parameters} in the current language and data
	 * version, computed by {@code compute} when not kept.
	 */
	public <T> T get(String view, Object parameters, Supplier<T> compute) {
		return get(view, parameters, LocaleContextHolder.getLocale(), compute);
	}

	/**
	 * As {@link #get}, for a view whose content does not depend on the language (the
	 * API's figures): one entry serves every language.
	 */
	public <T> T getForAnyLanguage(String view, Object parameters, Supplier<T> compute) {
		return get(view, parameters, null, compute);
	}

	@SuppressWarnings("unchecked")
	private <T> T get(String view, Object parameters, Locale locale, Supplier<T> compute) {
		if (!this.enabled) {
			return compute(compute);
		}
		Key key = new Key(view, parameters, locale, this.dataVersion.current());
		// Not Cache.get(key, compute): views nest (a profile holds its filter chips),
		// and Caffeine does not support a computation that asks the cache again.
		Object kept = this.cache.getIfPresent(key);
		if (kept != null) {
			return (T) kept;
		}
		T computed = compute(compute);
		if (computed != null) {
			this.cache.put(key, computed);
		}
		return computed;
	}

	private <T> T compute(Supplier<T> compute) {
		return this.readOnly.execute((status) -> compute.get());
	}

	/** Forgets every kept view (tests that count queries start cold). */
	public void clear() {
		this.cache.invalidateAll();
	}

	record Key(String view, Object parameters, Locale locale, long dataVersion) {
	}

}
