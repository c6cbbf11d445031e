package dev.citegraph.database;

import java.util.Set;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * Spring Data Neo4j on the same database as every other query ({@code NEO4J_DATABASE}), and on the
 * same bookmarks as the driver's bookmark manager, which {@link GraphDatabase} gives every read and
 * write: a read that follows a review or a reload sees it, on a cluster too, whichever path it takes.
 */
@Configuration(proxyBeanMethods = false)
public class SpringDataNeo4jConfiguration {

    @Bean
    DatabaseSelectionProvider databaseSelectionProvider(GraphDatabase database) {
        return database.name() == null ? DatabaseSelectionProvider.getDefaultSelectionProvider()
                : DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(database.name());
    }

    /**
     * Spring's transactions start from every bookmark the driver has seen; what they commit is
     * handed back to the driver by {@link #shareWithDriver} once a review is done.
     */
    @Bean
    Neo4jBookmarkManager neo4jBookmarkManager(Driver driver) {
        return Neo4jBookmarkManager.create(() -> driver.executableQueryBookmarkManager().getBookmarks());
    }

    @Bean
    Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
            Neo4jBookmarkManager bookmarks) {
        return Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databases)
                .withBookmarkManager(bookmarks).build();
    }

    /** Gives the driver the bookmarks of Spring's transactions, so the API's reads see what they wrote. */
    public static void shareWithDriver(Neo4jBookmarkManager spring, Driver driver) {
        driver.executableQueryBookmarkManager().updateBookmarks(Set.of(), Set.copyOf(spring.getBookmarks()));
    }
}
