package org.aifundingatlas.synthetic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs the generator when the application is started with
 * {@code --atlas.synthetic.remove=true} and/or {@code --atlas.synthetic.generate=N}:
 * removal first, so both together replace the synthetic data. {@link SyntheticMode} has
 * then kept the web server from starting, and the application ends when this is done.
 */
@Component
class SyntheticCommand implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SyntheticCommand.class);

	private final SyntheticProperties properties;

	private final SyntheticData data;

	SyntheticCommand(SyntheticProperties properties, SyntheticData data) {
		this.properties = properties;
		this.data = data;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.remove()) {
			RemovalReport removed = this.data.removeAll();
			logger.info("Removed synthetic data: {}", removed);
		}
		if (this.properties.generate() != null) {
			GenerationReport generated = this.data.generate(this.properties.generate(), this.properties.seed());
			logger.info("Generated synthetic data: {}", generated);
		}
	}

}
