/**
 * Reported figures beside the computed ones, and every source, at {@code /sources} and
 * {@code /api/v1/reported-figures}.
 */
package org.aifundingatlas.sources;
