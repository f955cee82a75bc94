/**
 * The query layer: the one translation of a filter into HQL, the aggregates computed by
 * the database, paging, sorting and the records the results come back as.
 */
package org.aifundingatlas.core.query;
