package vn.htxso.platform.internal.cluster;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import vn.htxso.platform.VietnameseAnalysis;

/**
 * The Vietnamese analysis of {@link VietnameseAnalysis} for the Elasticsearch/OpenSearch backend (cluster profile):
 * the same names, the standard tokenizer, {@code lowercase} and {@code asciifolding} (which also folds đ into d), so
 * "mat ong", "MẬT ONG" and "Mật" find the same products on both backends.
 */
public class ElasticsearchVietnameseAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(VietnameseAnalysis.VIETNAMESE).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(VietnameseAnalysis.VIETNAMESE_SORT).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
