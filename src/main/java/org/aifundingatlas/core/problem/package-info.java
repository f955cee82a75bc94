/**
 * The problems a request can have (bad parameters, unknown resources), independent of how
 * the web layer shows them.
 */
package org.aifundingatlas.core.problem;
