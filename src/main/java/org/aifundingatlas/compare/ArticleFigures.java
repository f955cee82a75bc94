package org.aifundingatlas.compare;

import java.math.BigDecimal;

/**
 * The source article's Silicon Valley H1 2023 figures behind its claim that the
 * foundation layer's share of money falls from 79% to 21% without OpenAI (光锥智能, July
 * 2023: "分别融资金额为110.8亿美元、3.5亿美元和25.2亿美元", "OpenAI的103亿美元"), shown beside the share
 * computed from the rounds. They are the article's words, not data: the reported_figure
 * table holds the same layer figures for the sources page.
 */
final class ArticleFigures {

	/** Foundation models: 8 rounds, US$11.08B. */
	static final BigDecimal FOUNDATION_USD = new BigDecimal("11080000000");

	/** The three layers together: 11.08 + 0.35 + 2.52 = US$13.95B. */
	static final BigDecimal ALL_LAYERS_USD = new BigDecimal("13950000000");

	/** OpenAI's money in the article's count. */
	static final BigDecimal OPENAI_USD = new BigDecimal("10300000000");

	/**
	 * What the foundation layer holds besides OpenAI: 11.08 - 10.3, about Anthropic's.
	 */
	static final BigDecimal FOUNDATION_WITHOUT_OPENAI_USD = FOUNDATION_USD.subtract(OPENAI_USD);

	/**
	 * What the foundation total leaves for Anthropic once OpenAI is taken out: about its
	 * March and May rounds (US$0.3B + US$0.45B), an inference, not the article's figure.
	 */
	static final BigDecimal ANTHROPIC_USD = new BigDecimal("750000000");

	/** Inflection AI's round of 2023-06-29. */
	static final BigDecimal INFLECTION_USD = new BigDecimal("1300000000");

	/** Middleware and vertical applications: 12 + 23 rounds. */
	static final long OUTSIDE_FOUNDATION_ROUNDS = 35;

	/** Middleware and vertical applications: 0.35 + 2.52 = US$2.87B. */
	static final BigDecimal OUTSIDE_FOUNDATION_USD = ALL_LAYERS_USD.subtract(FOUNDATION_USD);

	private ArticleFigures() {
	}

}
