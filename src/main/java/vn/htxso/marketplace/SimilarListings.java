package vn.htxso.marketplace;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.backend.index.IndexManager;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Product;
import vn.htxso.marketplace.internal.Views;
import vn.htxso.platform.VnFormat;

/**
 * Listings of the market that read like a given product's ("more like this"), for listing help: on the Lucene backend
 * Lucene's {@link MoreLikeThis} over the name and description of the product index (terms weighted by tf-idf against
 * the whole index); on Elasticsearch/OpenSearch the engine's own {@code more_like_this} query; when neither answers,
 * the newest listings of the same category, and the answer says so ({@link Method#CATEGORY}). Only listings buyers may
 * see (active, of a verified shop), never the product itself.
 */
@Service
@Transactional(readOnly = true)
public class SimilarListings {

    private static final Logger log = LoggerFactory.getLogger(SimilarListings.class);
    static final String[] FIELDS = {"name", "description"};

    private final EntityManager entityManager;
    private final Clock clock;

    SimilarListings(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** How the listings were found. */
    public enum Method {
        /** Lucene's MoreLikeThis over the local index. */
        MORE_LIKE_THIS,
        /** The more_like_this query of Elasticsearch/OpenSearch. */
        MORE_LIKE_THIS_REMOTE,
        /** No text similarity available: the same category, newest first. */
        CATEGORY
    }

    public record Similar(List<ProductView> items, Method method) {
    }

    public Similar similar(ProductView product, int limit) {
        int size = Math.max(1, Math.min(limit, 20));
        SearchMapping mapping = Search.mapping(entityManager.getEntityManagerFactory());
        IndexManager index = mapping.indexedEntity(Product.class).indexManager();
        try {
            if (index instanceof LuceneIndexManager lucene) {
                Query query = lucene(mapping, lucene, product);
                if (query != null) {
                    return new Similar(find(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(query), product,
                            size), Method.MORE_LIKE_THIS);
                }
            } else if (index instanceof ElasticsearchIndexManager) {
                String json = remote(product);
                return new Similar(find(f -> f.extension(ElasticsearchExtension.get()).fromJson(json), product, size),
                        Method.MORE_LIKE_THIS_REMOTE);
            }
        } catch (SearchException | IOException e) {
            log.warn("More-like-this search failed for product {}; falling back to its category: {}", product.id(),
                    e.toString());
        }
        return new Similar(find(f -> f.match().field("category").matching(product.category()), product, size),
                Method.CATEGORY);
    }

    /** Lucene's MoreLikeThis on the product's text, with the index's own analyzers; null when no term qualifies. */
    private static Query lucene(SearchMapping mapping, LuceneIndexManager index, ProductView product)
            throws IOException {
        try (IndexReader reader = mapping.scope(Product.class).extension(LuceneExtension.get()).openIndexReader()) {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(index.searchAnalyzer());
            mlt.setFieldNames(FIELDS);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(25);
            mlt.setBoost(true);
            Query query = mlt.like(document(product));
            return query instanceof BooleanQuery bool && bool.clauses().isEmpty() ? null : query;
        }
    }

    /** The Elasticsearch/OpenSearch more_like_this query on the same text. */
    static String remote(ProductView product) {
        JsonObject mlt = new JsonObject();
        JsonArray fields = new JsonArray();
        for (String f : FIELDS) {
            fields.add(f);
        }
        mlt.add("fields", fields);
        mlt.addProperty("like", product.name() + "\n" + (product.description() == null ? "" : product.description()));
        mlt.addProperty("min_term_freq", 1);
        mlt.addProperty("min_doc_freq", 1);
        mlt.addProperty("max_query_terms", 25);
        mlt.addProperty("minimum_should_match", "10%");
        JsonObject query = new JsonObject();
        query.add("more_like_this", mlt);
        return query.toString();
    }

    private static Map<String, Collection<Object>> document(ProductView product) {
        Map<String, Collection<Object>> document = new LinkedHashMap<>();
        document.put("name", List.of(product.name()));
        if (product.description() != null && !product.description().isBlank()) {
            document.put("description", List.of(product.description()));
        }
        return document;
    }

    private List<ProductView> find(java.util.function.Function<SearchPredicateFactory, PredicateFinalStep> like,
                                   ProductView product, int size) {
        LocalDate today = LocalDate.now(clock.withZone(VnFormat.ZONE));
        List<Product> hits = Search.session(entityManager).search(Product.class)
                .where((f, root) -> {
                    root.add(like.apply(f));
                    root.add(f.match().field("active").matching(true));
                    root.add(f.match().field("shop.verified").matching(true));
                    root.add(f.not(f.id().matching(product.id())));
                })
                .loading(o -> o.graph("Product.withShop", org.hibernate.graph.GraphSemantic.FETCH))
                .fetchHits(size);
        List<ProductView> views = new ArrayList<>(hits.size());
        for (Product p : hits) {
            views.add(Views.product(p, today));
        }
        return views;
    }
}
