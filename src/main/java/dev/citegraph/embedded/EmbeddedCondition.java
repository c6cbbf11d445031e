package dev.citegraph.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded database runs unless the application is pointed at another one with {@code NEO4J_URI}, or it is switched off.
 * Public so that features which only make sense next to the embedded database (serving Neo4j Browser) can share it.
 */
public class EmbeddedCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return runs(context.getEnvironment());
    }

    /** Whether this environment runs the embedded database. */
    public static boolean runs(Environment env) {
        return !StringUtils.hasText(env.getProperty("NEO4J_URI"))
                && env.getProperty("citegraph.embedded.enabled", Boolean.class, true);
    }
}
