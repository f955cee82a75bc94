package org.aifundingatlas.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP caching for the API: an ETag derived from the data version and the request (path,
 * query, Accept, Accept-Language), answered with 304 when the client already has it —
 * without running the query. The ETag is only sent with successful responses, and before
 * the first byte, so streamed exports get one too.
 * <p>
 * The ETag is weak ({@code W/"..."}): the gzip-encoded and the identity body of an answer
 * are the same representation but not the same bytes, and Tomcat refuses to compress an
 * answer with a strong ETag. {@code If-None-Match} compares weakly, so 304s are
 * unchanged.
 */
class ApiEtagFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

	private final RequestDataVersion dataVersion;

	ApiEtagFilter(RequestDataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !request.getRequestURI().startsWith("/api/") || !("GET".equals(method) || "HEAD".equals(method));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String etag = etag(request);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
			return;
		}
		chain.doFilter(request, new EtagOnSuccess(response, etag));
	}

	private String etag(HttpServletRequest request) {
		String query = request.getQueryString();
		String representation = request.getRequestURI() + "?" + ((query != null) ? query : "") + "|"
				+ request.getHeader(HttpHeaders.ACCEPT) + "|" + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return "W/\"v" + this.dataVersion.current(request) + "-" + sha256(representation).substring(0, 16) + "\"";
	}

	/** The weak comparison of RFC 9110 §8.8.3.2: the opaque tags are equal. */
	private static boolean matches(String ifNoneMatch, String etag) {
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JRE", ex);
		}
	}

	/** Adds the caching headers when the body starts, if the response is a success. */
	private static final class EtagOnSuccess extends HttpServletResponseWrapper {

		private final String etag;

		private boolean decided;

		EtagOnSuccess(HttpServletResponse response, String etag) {
			super(response);
			this.etag = etag;
		}

		private void decide() {
			if (!this.decided) {
				this.decided = true;
				if (getStatus() >= 200 && getStatus() < 300) {
					setHeader(HttpHeaders.ETAG, this.etag);
					setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
					addHeader(HttpHeaders.VARY, "Accept, Accept-Language");
				}
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			decide();
			return super.getOutputStream();
		}

		@Override
		public java.io.PrintWriter getWriter() throws IOException {
			decide();
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			decide();
			super.flushBuffer();
		}

	}

}
