/**
 * The core: the vocabulary and the data that every feature uses. It imports nothing above
 * it (no web infrastructure, no feature); {@code ArchitectureTests} keeps it so.
 */
package org.aifundingatlas.core;
