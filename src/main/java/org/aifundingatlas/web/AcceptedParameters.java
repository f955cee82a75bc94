package org.aifundingatlas.web;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.web.method.HandlerMethod;

/**
 * What one handler takes, read once from its {@link Accepts} declaration.
 *
 * @param names the parameters it takes, {@code lang} included, in alphabetical order
 * @param refusal the message key that refuses a known parameter it does not take
 */
record AcceptedParameters(Set<String> names, String refusal) {

	/** The declaration of a handler that declares none: {@code lang} only. */
	private static final Accepts LANG_ONLY = MergedAnnotation.of(Accepts.class).synthesize();

	/**
	 * @throws IllegalStateException when the declaration names a parameter the
	 * application does not know: a typo there would refuse what the README promises
	 */
	static AcceptedParameters of(HandlerMethod handler) {
		Accepts accepts = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Accepts.class);
		if (accepts == null) {
			accepts = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Accepts.class);
		}
		if (accepts == null) {
			accepts = LANG_ONLY;
		}
		Set<String> names = new TreeSet<>();
		Arrays.stream(accepts.value()).forEach((group) -> names.addAll(group.names()));
		names.addAll(Arrays.asList(accepts.also()));
		Arrays.asList(accepts.except()).forEach(names::remove);
		names.add(KnownParameters.LANG);
		names.stream().filter((name) -> !KnownParameters.isKnown(name)).findFirst().ifPresent((name) -> {
			throw new IllegalStateException(handler + " declares the unknown parameter " + name);
		});
		return new AcceptedParameters(Set.copyOf(names), accepts.refusal());
	}

	boolean contains(String name) {
		return this.names.contains(name);
	}

	/** The names for a message: "amountRule, globalTotal, lang". */
	String listed() {
		return String.join(", ", new TreeSet<>(this.names));
	}

}
