package org.aifundingatlas.web;

import java.util.List;

import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A view asked for again is answered from the view cache: the only statement left is the
 * data-version lookup that keys it, whatever the page or endpoint.
 */
@OnDatabase
class CachedViewStatementsTests extends PageTestSupport {

	@Autowired
	ViewCache viewCache;

	static List<String> views() {
		return List.of("/", "/?region=CHINA&currency=CNY&lang=zh-CN", "/compare", "/sources", "/companies/openai",
				"/investors/microsoft", "/api/v1/stats/summary", "/api/v1/stats/summary?currency=CNY",
				"/api/v1/stats/by-layer", "/api/v1/stats/by-region", "/api/v1/stats/by-stage", "/api/v1/stats/by-month",
				"/api/v1/stats/top-companies?limit=5", "/api/v1/stats/top-investors", "/api/v1/compare",
				"/api/v1/companies", "/api/v1/investors", "/api/v1/companies/openai", "/api/v1/investors/microsoft",
				"/api/v1/reported-figures");
	}

	@ParameterizedTest
	@MethodSource("views")
	void aRepeatedViewCostsOnlyTheDataVersion(String url) throws Exception {
		this.viewCache.clear();
		long first = SqlStatements.countAllDuring(() -> html(get(url)));
		long second = SqlStatements.countAllDuring(() -> html(get(url)));
		assertThat(first).as(url).isGreaterThan(1);
		assertThat(second).as(url).isEqualTo(1);
	}

	@Test
	void aSummaryComputedAfreshTakesOneTransactionBesidesTheVersion() throws Exception {
		this.viewCache.clear();
		long connections = SqlStatements.connectionsDuring(() -> html(get("/api/v1/stats/summary")));
		// The data version (read once for the ETag and the cache key), then every query
		// of
		// the answer in one read-only transaction.
		assertThat(connections).isEqualTo(2);
		assertThat(SqlStatements.connectionsDuring(() -> html(get("/api/v1/stats/summary")))).isEqualTo(1);
	}

}
