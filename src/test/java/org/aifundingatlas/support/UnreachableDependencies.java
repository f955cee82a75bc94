package org.aifundingatlas.support;

import java.lang.reflect.Modifier;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;

/**
 * In a {@link WebLayerTest}, injects every dependency that the slice has no bean for as a
 * lazy proxy, the one {@code @Lazy} gives: it looks the bean up when first called and so
 * fails the test there with "No qualifying bean". The controllers start without their
 * services, and no mock can stand in for the data: a path under test must be answered
 * before any of them is reached.
 */
class UnreachableDependencies implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		((DefaultListableBeanFactory) beanFactory).setAutowireCandidateResolver(new LazyWhereMissing());
	}

	private static final class LazyWhereMissing extends ContextAnnotationAutowireCandidateResolver {

		private static final Pattern APPLICATION_AND_JPA = Pattern
			.compile("(org\\.aifundingatlas|jakarta\\.persistence)\\..*");

		@Override
		protected boolean isLazy(DependencyDescriptor descriptor) {
			return super.isLazy(descriptor) || (getSuggestedValue(descriptor) == null && isMissingBean(descriptor));
		}

		/**
		 * A bean of the application's (a service, a repository) or JPA's that the slice
		 * lacks. Spring's own dependencies are left alone, as some of them (the
		 * application context) are not beans.
		 */
		private boolean isMissingBean(DependencyDescriptor descriptor) {
			Class<?> type = descriptor.getDependencyType();
			boolean proxyable = type.isInterface() || !(Modifier.isFinal(type.getModifiers()) || type.isEnum());
			return proxyable && APPLICATION_AND_JPA.matcher(type.getName()).matches()
					&& ((ListableBeanFactory) getBeanFactory()).getBeanNamesForType(type, true, false).length == 0;
		}

	}

}
