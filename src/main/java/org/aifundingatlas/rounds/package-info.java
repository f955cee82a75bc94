/**
 * The rounds explorer at {@code /rounds}, its CSV export, and the rounds API with the
 * streamed exports.
 */
package org.aifundingatlas.rounds;
