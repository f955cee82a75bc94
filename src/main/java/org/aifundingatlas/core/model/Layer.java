package org.aifundingatlas.core.model;

/**
 * The source article's three-layer taxonomy of the AI stack.
 */
public enum Layer {

	/** Companies training their own general-purpose models. */
	FOUNDATION_MODEL,

	/** Developer tools, vector databases, model deployment, data tooling, GPU clouds. */
	MIDDLEWARE,

	/** Applications built on models for one domain or audience. */
	VERTICAL_APP

}
