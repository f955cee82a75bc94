/**
 * Web infrastructure shared by every feature and knowing none of them: the request
 * contract, errors as pages and problem details, links, number formatting, locale, ETags,
 * the view cache, charts and the OpenAPI and JSON configuration.
 */
package org.aifundingatlas.web;
