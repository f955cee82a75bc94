package org.aifundingatlas.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in both languages, and every message is a valid MessageFormat pattern
 * (the application formats all messages, so a lone apostrophe would swallow text).
 */
class MessageBundleTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages", "rounds", "compare", "profiles", "sources" })
	void englishAndChineseHaveTheSameKeys(String bundle) throws IOException {
		Properties english = load("i18n/" + bundle + ".properties");
		Properties chinese = load("i18n/" + bundle + "_zh_CN.properties");
		assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys of %s", bundle)
			.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "rounds", "compare", "profiles", "sources" })
	void everyMessageIsAValidPatternWithoutStrayApostrophes(String bundle) throws IOException {
		for (String file : Set.of(bundle, bundle + "_zh_CN")) {
			Properties messages = load("i18n/" + file + ".properties");
			for (String key : messages.stringPropertyNames()) {
				String pattern = messages.getProperty(key);
				assertThat(pattern.replace("''", "")).as("%s in %s: write apostrophes as ''", key, file)
					.doesNotContain("'");
				assertThat(new MessageFormat(pattern).toPattern()).as("%s in %s", key, file).isNotNull();
			}
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
