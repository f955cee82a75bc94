package org.aifundingatlas.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * How the application's own styles, scripts and images and the webjars are served: a URL
 * that carries a version is cached for a year and never revalidated, any other URL of the
 * same file is revalidated on each use (Last-Modified, 304).
 * <p>
 * Our files get the MD5 of their content in the name ({@code /css/atlas-<md5>.css}, the
 * content version strategy): templates link {@code @{/css/atlas.css}} and Boot's
 * ResourceUrlEncodingFilter writes the versioned URL, so a changed file gets a new URL. A
 * webjar's URL carries its release ({@code /webjars/bootstrap/5.3.8/...}), which never
 * changes content. Each folder gets two handlers: the more specific pattern takes the
 * versioned URLs, and its resolver checks that the hash is the file's (another hash is a
 * 404), so only the content the URL names is cached for long. Files sit directly in their
 * folder (the versioned pattern is one path segment, and a pattern's regex cannot name
 * "/").
 */
final class StaticAssets {

	/** How long a versioned URL is cached: a year, the longest HTTP caches honour. */
	static final Duration VERSIONED_MAX_AGE = Duration.ofDays(365);

	/** The folders of static/ whose files are versioned by content. */
	static final List<String> FOLDERS = List.of("css", "js", "img");

	/**
	 * A name with an MD5 in hex before the extension (path patterns take no {n}
	 * quantifier, hence the repetition).
	 */
	private static final String CONTENT_HASH_NAME = "{file:.+-" + "[0-9a-f]".repeat(32) + "\\.[a-z0-9]+}";

	private static final String WEBJAR_RELEASE = "{webjar}/{release:\\d.*}/**";

	private StaticAssets() {
	}

	static void register(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			String location = "classpath:/static/" + folder + "/";
			registry.addResourceHandler("/" + folder + "/" + CONTENT_HASH_NAME)
				.addResourceLocations(location)
				.setCacheControl(versioned())
				.resourceChain(true)
				.addResolver(byContent());
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations(location)
				.setCacheControl(CacheControl.noCache())
				.resourceChain(true)
				.addResolver(byContent());
		}
		// The webjars resolver, added by the resource chain, finds a file without its
		// release in the URL and writes the release into the links.
		String webjars = "classpath:/META-INF/resources/webjars/";
		registry.addResourceHandler("/webjars/" + WEBJAR_RELEASE)
			.addResourceLocations(webjars)
			.setCacheControl(versioned())
			.resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations(webjars)
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true);
	}

	private static CacheControl versioned() {
		return CacheControl.maxAge(VERSIONED_MAX_AGE).cachePublic().immutable();
	}

	/** The version of a file is the MD5 of its content, written into its name. */
	static VersionResourceResolver byContent() {
		return new VersionResourceResolver().addContentVersionStrategy("/**");
	}

}
