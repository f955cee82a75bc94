package org.aifundingatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Only the web layer, without a database: every controller and advice, and the web
 * package's own components (links, problem texts, formats). Whatever the controllers need
 * from below (services, repositories, the EntityManager) is
 * {@link UnreachableDependencies unreachable}: a test that touches it fails, so a slice
 * can only check what the web layer answers on its own, such as the error paths. The
 * servlet filters are left out, as the ETag filter reads the data's version.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.aifundingatlas\\.web\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import(UnreachableDependencies.class)
public @interface WebLayerTest {

}
