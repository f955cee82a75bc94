package org.aifundingatlas.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

/**
 * The two regions the compare page sets side by side: Silicon Valley and China unless the
 * {@code regions} parameter names exactly two other, distinct regions.
 *
 * @param first the left-hand region
 * @param second the right-hand region
 */
public record RegionPair(Region first, Region second) {

	/** The parameter that names the pair (repeated: regions=A&regions=B). */
	public static final String PARAMETER = "regions";

	/**
	 * The message that refuses the filter's parameters compare does not take: the
	 * compared regions take the place of the filter's {@code region}, so a request
	 * setting that too is refused rather than half applied.
	 */
	public static final String REFUSAL = "compare.error.notApplicable";

	/** The article's comparison. */
	public static final RegionPair DEFAULT = new RegionPair(Region.SILICON_VALLEY, Region.CHINA);

	/**
	 * The pair named by the parameter's values, or the default when it is absent.
	 * @throws BadRequestException unless the values are two distinct region codes
	 */
	public static RegionPair of(List<String> codes) {
		if (codes == null) {
			return DEFAULT;
		}
		List<ParameterProblem> problems = new ArrayList<>();
		List<Region> regions = new ArrayList<>();
		for (String code : codes) {
			Optional<Region> region = Arrays.stream(Region.values()).filter((r) -> r.name().equals(code)).findFirst();
			region.ifPresentOrElse(regions::add, () -> problems
				.add(new ParameterProblem(PARAMETER, "compare.error.regions.unknown", code, allowed())));
		}
		if (codes.isEmpty()) {
			problems.add(new ParameterProblem(PARAMETER, "compare.error.regions.empty"));
		}
		else if (codes.size() != 2) {
			problems.add(new ParameterProblem(PARAMETER, "compare.error.regions.count", codes.size(),
					String.join(", ", codes)));
		}
		else if (regions.size() == 2 && regions.get(0) == regions.get(1)) {
			problems.add(new ParameterProblem(PARAMETER, "compare.error.regions.same", codes.get(0)));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return new RegionPair(regions.get(0), regions.get(1));
	}

	/** Every region code, for error messages. */
	static String allowed() {
		return Arrays.stream(Region.values()).map(Region::name).collect(Collectors.joining(", "));
	}

	public List<Region> list() {
		return List.of(this.first, this.second);
	}

}
