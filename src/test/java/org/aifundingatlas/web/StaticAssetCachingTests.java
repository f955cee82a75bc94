package org.aifundingatlas.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.resource.VersionStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static assets over real HTTP: pages link versioned URLs (the MD5 of our files' content,
 * the release of a webjar), those answer with a year-long immutable Cache-Control, and
 * the same files under unversioned URLs are revalidated on each use.
 */
@OnH2
class StaticAssetCachingTests {

	private static final Pattern ASSET_LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

	private static final Pattern CONTENT_VERSIONED = Pattern.compile("/((?:css|js|img)/[^/]+)-([0-9a-f]{32})(\\.\\w+)");

	private static final Pattern WEBJAR_VERSIONED = Pattern.compile("/webjars/[^/]+/\\d[^/]*/.+");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@ParameterizedTest
	@ValueSource(strings = { "/?lang=en", "/rounds?lang=en", "/compare?lang=zh-CN" })
	void pagesLinkVersionedAssetsThatAreCachedForAYear(String page) throws Exception {
		List<String> links = assetLinks(send(page).body());
		assertThat(links).anyMatch((link) -> link.startsWith("/css/"))
			.anyMatch((link) -> link.startsWith("/js/"))
			.anyMatch((link) -> link.startsWith("/img/"))
			.anyMatch((link) -> link.startsWith("/webjars/"));
		for (String link : links) {
			if (link.startsWith("/webjars/")) {
				assertThat(link).matches(WEBJAR_VERSIONED);
			}
			else {
				Matcher versioned = CONTENT_VERSIONED.matcher(link);
				assertThat(versioned.matches()).as(link).isTrue();
				byte[] content = new ClassPathResource("static/" + versioned.group(1) + versioned.group(3))
					.getContentAsByteArray();
				assertThat(versioned.group(2)).as("%s names the MD5 of its file", link)
					.isEqualTo(DigestUtils.md5DigestAsHex(content));
			}
			HttpResponse<String> asset = send(link);
			assertThat(asset.statusCode()).as(link).isEqualTo(200);
			assertThat(asset.headers().firstValue("Cache-Control")).as(link)
				.hasValue("max-age=31536000, public, immutable");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/css/atlas.css", "/js/charts.js", "/img/favicon.svg",
			"/webjars/bootstrap/dist/css/bootstrap.min.css" })
	void unversionedUrlsAreRevalidatedOnEachUse(String path) throws Exception {
		HttpResponse<String> asset = send(path);
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(asset.headers().firstValue("Last-Modified")).isPresent();
	}

	@Test
	void aHashThatIsNotTheFilesIsNotFound() throws Exception {
		assertThat(send("/css/atlas-" + "0".repeat(32) + ".css").statusCode()).isEqualTo(404);
		assertThat(send("/webjars/bootstrap/0.0.1/dist/css/bootstrap.min.css").statusCode()).isEqualTo(404);
	}

	@Test
	void aChangedFileGetsAnotherUrl() throws Exception {
		VersionStrategy strategy = cssVersionStrategy();
		byte[] content = new ClassPathResource("static/css/atlas.css").getContentAsByteArray();
		byte[] changed = (new String(content, StandardCharsets.UTF_8) + "\n.x{}\n").getBytes(StandardCharsets.UTF_8);
		String version = strategy.getResourceVersion(new ByteArrayResource(content));
		assertThat(strategy.getResourceVersion(new ByteArrayResource(changed))).isNotEqualTo(version);
		assertThat(this.resourceUrls.getForLookupPath("/css/atlas.css")).isEqualTo("/css/atlas-" + version + ".css");
	}

	/** The version strategy of the handler that writes the links of /css. */
	private VersionStrategy cssVersionStrategy() {
		ResourceHttpRequestHandler handler = this.resourceUrls.getHandlerMap()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().toString().equals("/css/**"))
			.findFirst()
			.orElseThrow()
			.getValue();
		VersionResourceResolver resolver = handler.getResourceResolvers()
			.stream()
			.filter(VersionResourceResolver.class::isInstance)
			.map(VersionResourceResolver.class::cast)
			.findFirst()
			.orElseThrow();
		return resolver.getStrategyMap().values().iterator().next();
	}

	private static List<String> assetLinks(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = ASSET_LINK.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

	private HttpResponse<String> send(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
