package org.aifundingatlas.core.problem;

/**
 * One thing wrong with a request's parameters, as a message key and its arguments so that
 * it can be told in the reader's language.
 *
 * @param parameter the query parameter (or path variable) at fault
 * @param messageKey key in messages*.properties
 * @param arguments the message's arguments
 */
public record ParameterProblem(String parameter, String messageKey, Object... arguments) {

}
