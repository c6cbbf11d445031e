package dev.citegraph.database;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, which asks whether a level is on before a message is formatted.
 * The driver's default in version 6, {@code System.Logger}, formats every message it is handed at
 * debug level whatever the level, and the Bolt connection hands it every message it sends: each
 * statement went to text with all its parameters, to be thrown away. For the ingest's statements
 * of 5,000 rows that was megabytes of text per statement, thrown away (README, Performance: the
 * first ingest at ×1000).
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

    @Bean
    @SuppressWarnings("deprecation") // Logging is deprecated in driver 6, and its replacement is the default above
    ConfigBuilderCustomizer driverLogsThroughSlf4j() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
