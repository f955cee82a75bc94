/**
 * Which rounds a view is about and how their amounts are summed and shown: the one filter
 * every page, export and API endpoint binds from its query parameters.
 */
package org.aifundingatlas.core.filter;
