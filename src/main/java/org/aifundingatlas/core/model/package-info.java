/**
 * Entities, their repositories and the enums and value types of the domain: companies,
 * investors, funding rounds with their reported amounts, FX rates and reported figures.
 */
package org.aifundingatlas.core.model;
