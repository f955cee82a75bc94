package org.aifundingatlas.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.problem.ParameterProblem;

/**
 * What a query parameter bound to a record component expects, to tell a reader who typed
 * something else what would have been accepted.
 */
final class ParameterTypes {

	private ParameterTypes() {
	}

	/** The message key and allowed values for a value that did not convert. */
	static ParameterProblem typeMismatch(Class<?> target, String field, Object rejected) {
		String value = rejectedText(rejected);
		Class<?> type = elementType(target, field).orElse(String.class);
		if (type == AmountRule.class) {
			return new ParameterProblem(field, "error.param.enum", value, field,
					Arrays.stream(AmountRule.values()).map(AmountRule::code).collect(Collectors.joining(", ")));
		}
		if (type.isEnum()) {
			List<String> allowed = Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.toList();
			return new ParameterProblem(field, "error.param.enum", invalidOnly(rejected, allowed), field,
					String.join(", ", allowed));
		}
		if (type == LocalDate.class) {
			return new ParameterProblem(field, "error.param.date", value, field);
		}
		if (type == Boolean.class || type == boolean.class) {
			return new ParameterProblem(field, "error.param.boolean", value, field);
		}
		if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type.isPrimitive()) {
			return new ParameterProblem(field, "error.param.number", value, field);
		}
		return new ParameterProblem(field, "error.param.invalid", value, field);
	}

	/** The type of a record component, or of its elements when it is a collection. */
	static Optional<Class<?>> elementType(Class<?> target, String field) {
		if (target == null || !target.isRecord()) {
			return Optional.empty();
		}
		return Arrays.stream(target.getRecordComponents())
			.filter((component) -> component.getName().equals(field))
			.findFirst()
			.map(ParameterTypes::elementType);
	}

	private static Class<?> elementType(RecordComponent component) {
		if (Collection.class.isAssignableFrom(component.getType())
				&& component.getGenericType() instanceof ParameterizedType generic) {
			Type element = generic.getActualTypeArguments()[0];
			if (element instanceof Class<?> elementClass) {
				return elementClass;
			}
		}
		return component.getType();
	}

	/** Of several values, the ones that are not allowed: the reader sees what to fix. */
	private static String invalidOnly(Object rejected, List<String> allowed) {
		List<String> values = (rejected instanceof Object[] array) ? Arrays.stream(array).map(String::valueOf).toList()
				: (rejected instanceof Collection<?> collection) ? collection.stream().map(String::valueOf).toList()
						: List.of(String.valueOf(rejected));
		List<String> invalid = values.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((value) -> !allowed.contains(value))
			.toList();
		return invalid.isEmpty() ? rejectedText(rejected) : String.join(", ", invalid);
	}

	private static String rejectedText(Object rejected) {
		if (rejected instanceof Object[] array) {
			return Arrays.stream(array).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (rejected instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return String.valueOf(rejected);
	}

}
