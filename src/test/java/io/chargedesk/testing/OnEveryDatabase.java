package io.chargedesk.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs every test of a class once on H2 and once on PostgreSQL: the class takes a {@link TestDatabase} (a
 * {@code @Parameter} field or its constructor's argument) and opens its databases with it. The PostgreSQL run skips,
 * saying why, where no server answers ({@link TestDatabase}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ParameterizedClass(name = "on {0}")
@ArgumentsSource(TestDatabases.class)
public @interface OnEveryDatabase {
}
