/**
 * Two regions side by side at {@code /compare} and {@code /api/v1/compare}.
 */
package org.aifundingatlas.compare;
