package dev.citegraph.embedded;

import java.util.List;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Begins the embedded database's start ({@link EmbeddedStart}) when the application context has
 * been prepared: its settings are final by then (after every initializer, including those of tests
 * that point the application at a Neo4j server), and none of its beans exist yet. Listed in
 * {@code META-INF/spring.factories}, as are the {@link EmbeddedNeo4jCustomizer}s and the
 * {@link EmbeddedSeed}s (asked only when the store is new): all are needed before there are beans to ask.
 */
public class EarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (!EmbeddedCondition.runs(context.getEnvironment())
                || !(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            return;
        }
        EmbeddedProperties properties = EmbeddedProperties.of(context.getEnvironment());
        AllowedOrigins origins = new AllowedOrigins(properties.allowedOrigins());
        context.addApplicationListener(origins);
        List<EmbeddedNeo4jCustomizer> customizers = SpringFactoriesLoader
                .forDefaultResourceLocation(context.getClassLoader()).load(EmbeddedNeo4jCustomizer.class);
        List<EmbeddedSeed> seeds = properties.fresh() ? SpringFactoriesLoader
                .forDefaultResourceLocation(context.getClassLoader()).load(EmbeddedSeed.class) : List.of();
        seeds.forEach(seed -> seed.prepare(event, properties));
        EmbeddedStart start = EmbeddedStart.begin(properties, origins, customizers, seeds);
        registry.registerSingleton(EmbeddedStart.BEAN, start);
        // A singleton registered by hand gets no destruction callback of its own.
        registry.registerDisposableBean(EmbeddedStart.BEAN, start);
    }
}
