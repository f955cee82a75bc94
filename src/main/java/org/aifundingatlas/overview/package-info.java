/**
 * The overview at {@code /} and the statistics API under {@code /api/v1/stats}.
 */
package org.aifundingatlas.overview;
