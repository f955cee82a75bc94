package org.aifundingatlas.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code atlas.cache.enabled=false} turns the view cache off: every view is computed
 * afresh (as the benchmark's cold runs need), and the data version is not even read.
 */
class ViewCacheSwitchTests {

	@Test
	void aDisabledCacheComputesEveryTimeWithoutReadingTheVersion() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:view-cache-switch");
		AtlasProperties properties = new AtlasProperties(new AtlasProperties.Cache(false, 10, Duration.ofMinutes(1)),
				new AtlasProperties.Cors(List.of("*")));
		// No data version to read: reading it would fail.
		ViewCache cache = new ViewCache(properties, new RequestDataVersion(null),
				new DataSourceTransactionManager(database));
		AtomicInteger computed = new AtomicInteger();
		cache.get("view", "filter", computed::incrementAndGet);
		cache.getForAnyLanguage("view", "filter", computed::incrementAndGet);
		cache.get("view", "filter", computed::incrementAndGet);
		assertThat(computed).hasValue(3);
	}

}
