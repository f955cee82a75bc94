package org.aifundingatlas;

import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout is the architecture: a core that imports nothing above it, web
 * infrastructure that knows no feature, and feature slices that know neither each other
 * nor anything but the core and the web infrastructure. Arrows point down only, so any
 * package cycle fails here.
 */
@AnalyzeClasses(packages = "org.aifundingatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The feature slices, one per screen or job. */
	static final List<String> FEATURES = List.of("overview", "rounds", "compare", "sources", "profiles", "reference",
			"dataset", "synthetic");

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("org.aifundingatlas.(**)")
		.should()
		.beFreeOfCycles()
		.because("a package cycle hides which way the code depends");

	@ArchTest
	static final ArchRule coreImportsNothingAbove = noClasses().that()
		.resideInAPackage("org.aifundingatlas.core..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(above("web"))
		.because("the core is the vocabulary and the data; everything else builds on it");

	@ArchTest
	static final ArchRule webKnowsNoFeature = noClasses().that()
		.resideInAPackage("org.aifundingatlas.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(above())
		.because("web infrastructure serves every feature and must not know any of them");

	@ArchTest
	static final ArchRule featuresKnowNoOtherFeature = CompositeArchRule.of(FEATURES.stream()
		.map((feature) -> noClasses().that()
			.resideInAPackage(packageOf(feature))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES.stream()
				.filter((other) -> !other.equals(feature))
				.map(ArchitectureTests::packageOf)
				.toArray(String[]::new))
			.because("what two features share belongs in the core or the web infrastructure"))
		.map(ArchRule.class::cast)
		.toList());

	@ArchTest
	static final ArchRule nothingImportsTheApplicationClass = noClasses().that()
		.resideOutsideOfPackage("org.aifundingatlas")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.aifundingatlas")
		.because("the root package only starts the application");

	/** The feature packages, and the named extra ones, as ArchUnit package patterns. */
	private static String[] above(String... extra) {
		return java.util.stream.Stream.concat(FEATURES.stream(), java.util.Arrays.stream(extra))
			.map(ArchitectureTests::packageOf)
			.toArray(String[]::new);
	}

	private static String packageOf(String name) {
		return "org.aifundingatlas." + name + "..";
	}

}
