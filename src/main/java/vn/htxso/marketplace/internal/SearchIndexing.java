package vn.htxso.marketplace.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.htxso.platform.FixtureProgress;
import vn.htxso.platform.FixturesLoaded;

/**
 * Rows inserted by SQL (demo fixtures, benchmark data) bypass Hibernate Search: at start-up, when the index holds
 * fewer products than the table, the mass indexer rebuilds it (readiness waits for it). With the demo profile it runs
 * once the demo data is written instead (its fixtures, in the background, may insert products by SQL), so the demo
 * answers first. A complete index is left as it is.
 */
@Component
class SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    private final ObjectProvider<FixtureProgress> demoData;

    SearchIndexing(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, ObjectProvider<FixtureProgress> demoData) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.demoData = demoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() throws InterruptedException {
        FixtureProgress demoData = this.demoData.getIfAvailable();
        if (demoData != null && demoData.preparing()) {
            return;     // the demo's fixtures are about to write products: index once they are done (below)
        }
        reindexWhenIncomplete();
    }

    @EventListener(FixturesLoaded.class)
    void reindexWhenIncomplete() throws InterruptedException {
        long rows = jdbc.sql("select count(*) from products").query(Long.class).single();
        long indexed;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(em).search(Product.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        if (indexed < rows) {
            long started = System.nanoTime();
            Search.mapping(entityManagerFactory).scope(Product.class).massIndexer()
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(200).startAndWait();
            log.info("Indexed {} products for search in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
