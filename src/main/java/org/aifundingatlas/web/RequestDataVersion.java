package org.aifundingatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import org.aifundingatlas.core.query.DataVersion;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The data version as one request sees it: read once, then kept in the request, so the
 * ETag, the view cache and every cached part of a page share one lookup (a cached page
 * costs exactly that one statement). Requests only read the data.
 */
@Component
public class RequestDataVersion {

	private static final String ATTRIBUTE = RequestDataVersion.class.getName();

	private final DataVersion dataVersion;

	RequestDataVersion(DataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	/** The version for the current request, or read afresh outside of one. */
	public long current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return read();
		}
		Object kept = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (kept instanceof Long version) {
			return version;
		}
		long version = read();
		request.setAttribute(ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
		return version;
	}

	/** The version for a request a servlet filter holds. */
	long current(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Long version) {
			return version;
		}
		long version = read();
		request.setAttribute(ATTRIBUTE, version);
		return version;
	}

	private long read() {
		return this.dataVersion.current().version();
	}

}
