/**
 * Which rounds a view is about and how their amounts are summed and shown: the one filter
 * every page, export and API endpoint binds from its query parameters
 * ({@code RoundFilter}), its two halves ({@code RoundSelection}, {@code ViewOptions}),
 * and the dimensions rounds are filtered and grouped by ({@code Dimension}).
 */
package org.aifundingatlas.core.filter;
