package org.aifundingatlas.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The generator as a command ({@code atlas.synthetic.*}): given {@code generate} or
 * {@code remove}, the application removes and/or generates synthetic data and exits
 * without starting the web server.
 *
 * @param generate how many synthetic rounds to add (absent: none)
 * @param seed the seed the rows are drawn from; the same seed gives the same rows
 * @param remove whether to remove every synthetic row first
 */
@ConfigurationProperties("atlas.synthetic")
public record SyntheticProperties(Long generate, @DefaultValue("42") long seed, boolean remove) {

	/** Whether this run is the generator command rather than the web application. */
	public boolean command() {
		return this.generate != null || this.remove;
	}

}
