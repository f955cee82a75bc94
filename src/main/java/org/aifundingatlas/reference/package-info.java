/**
 * Reference data as published: the FX table and the codes, labels and definitions the API
 * uses.
 */
package org.aifundingatlas.reference;
