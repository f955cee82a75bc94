package org.aifundingatlas.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query parameters a handler takes, besides {@code lang} which every handler takes.
 * {@link RequestContract} refuses every other parameter with a 400 naming it, so that a
 * parameter the handler would ignore never yields an answer that looks filtered, paged or
 * sorted when it is not. On a method it replaces the one on its class; a handler with
 * neither takes {@code lang} only.
 *
 * <pre>
 * &#64;Accepts(value = ParameterGroup.FILTER, also = "sort")
 * </pre>
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Accepts {

	/** Groups of parameters the handler takes. */
	ParameterGroup[] value() default {};

	/** Single parameters taken besides the groups'. */
	String[] also() default {};

	/** Parameters of the groups that the handler does not take. */
	String[] except() default {};

	/**
	 * The message that refuses a known parameter the handler does not take, with the
	 * arguments {0} the parameter, {1} the parameters taken and {2} the values given. A
	 * message under the key followed by {@code .parameter} says it for that parameter.
	 */
	String refusal() default "error.param.notApplicable";

}
