package org.aifundingatlas.synthetic;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the application without its web server when it runs as the generator command
 * ({@code atlas.synthetic.generate} or {@code atlas.synthetic.remove} set), so that it
 * exits once {@link SyntheticCommand} is done. Registered in META-INF/spring.factories.
 */
class SyntheticMode implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean generate = environment.containsProperty("atlas.synthetic.generate");
		boolean remove = Boolean.parseBoolean(environment.getProperty("atlas.synthetic.remove", "false"));
		if (generate || remove) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("atlasSyntheticCommand",
						Map.of("spring.main.web-application-type", "none")));
		}
	}

}
