package vn.htxso.platform;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Lucene analyzers for Vietnamese text: case and diacritics folded (ASCII folding turns đ into d), so "mat ong",
 * "MẬT ONG" and "mật" all find "Mật ong bạc hà". The same names exist for the Elasticsearch backend at scale.
 */
public class VietnameseAnalysis implements LuceneAnalysisConfigurer {

    public static final String VIETNAMESE = "vietnamese";
    public static final String VIETNAMESE_SORT = "vietnamese_sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(VIETNAMESE).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(VIETNAMESE_SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
