package org.aifundingatlas.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's data source so that {@link SqlStatements} also sees the
 * statements Hibernate does not prepare: plain JDBC such as the data-version lookup. A
 * statement is counted when a connection creates or prepares it, a connection when the
 * pool hands it out.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCountingConfiguration {

	static final AtomicLong STATEMENTS = new AtomicLong();

	static final AtomicLong CONNECTIONS = new AtomicLong();

	private static final Set<String> CREATING = Set.of("createStatement", "prepareStatement", "prepareCall");

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource) ? proxy(DataSource.class, dataSource) : bean;
			}

		};
	}

	private static <T> T proxy(Class<T> type, T target) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			if (type == Connection.class && CREATING.contains(method.getName())) {
				STATEMENTS.incrementAndGet();
			}
			if (type == DataSource.class && method.getName().equals("getConnection")) {
				CONNECTIONS.incrementAndGet();
			}
			Object result = invoke(method, target, arguments);
			return (result instanceof Connection connection && type == DataSource.class)
					? proxy(Connection.class, connection) : result;
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
