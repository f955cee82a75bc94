/**
 * The seed loader: Flyway Java migrations that read the cited CSV files under
 * {@code db/seed}.
 */
package org.aifundingatlas.dataset;
