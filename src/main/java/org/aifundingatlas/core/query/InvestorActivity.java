package org.aifundingatlas.core.query;

/**
 * How many of the filtered rounds an investor took part in, and led.
 */
public record InvestorActivity(String slug, String name, String nameZh, boolean bigTech, long rounds, long led) {

}
