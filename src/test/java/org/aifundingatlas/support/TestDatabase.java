package org.aifundingatlas.support;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database that the {@link OnDatabase} suites run on in this JVM, chosen by the
 * system property {@value #PROPERTY} that each Surefire execution sets (absent: H2). The
 * same suites thus run once per database without a subclass per database.
 */
public enum TestDatabase {

	/** An in-memory H2 in PostgreSQL mode (application-test-h2.properties). */
	H2("test-h2"),

	/** The real PostgreSQL test database (application-test-postgres.properties). */
	POSTGRES("test-postgres");

	/** The system property that names the database: {@code h2} or {@code postgres}. */
	public static final String PROPERTY = "atlas.test.database";

	private final String profile;

	TestDatabase(String profile) {
		this.profile = profile;
	}

	/** The Spring profile that points the application at this database. */
	public String profile() {
		return this.profile;
	}

	/** The database this JVM's tests run on. */
	public static TestDatabase current() {
		String name = System.getProperty(PROPERTY, "h2").strip();
		return Arrays.stream(values())
			.filter((database) -> database.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("-D" + PROPERTY + "=" + name + " names no test database; use "
					+ Arrays.toString(values()).toLowerCase(Locale.ROOT)));
	}

	/** Activates the profile of {@link #current()} for {@link OnDatabase} suites. */
	static class ProfileResolver implements ActiveProfilesResolver {

		@Override
		public String[] resolve(Class<?> testClass) {
			return new String[] { current().profile() };
		}

	}

}
