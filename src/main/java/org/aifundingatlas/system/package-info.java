/**
 * Only the H2 trigger that bumps the data version. Its class name is written into the
 * applied migration {@code db/vendor/h2/V6}, so it cannot move; it imports nothing of the
 * application.
 */
package org.aifundingatlas.system;
