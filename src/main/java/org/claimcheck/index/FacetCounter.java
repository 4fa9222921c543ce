package org.claimcheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every match, the values of the facet doc-values fields (party, event class, year) and
 * returns the most frequent of each, ordered by count then label, so the output never depends on index order.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, List<FacetCount>>> {

    /** Dimension name shown to users, and the doc-values field behind it, in output order. */
    private static final Map<String, String> DIMENSIONS = orderedDimensions();

    private final int top;

    FacetCounter(int top) {
        this.top = top;
    }

    private static Map<String, String> orderedDimensions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("party", FactDocuments.FACET_PARTY);
        m.put("event", FactDocuments.FACET_EVENT);
        m.put("year", FactDocuments.FACET_YEAR);
        return m;
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<String, List<FacetCount>> reduce(Collection<Counting> collectors) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : DIMENSIONS.keySet()) {
            Map<String, Long> totals = new HashMap<>();
            for (Counting c : collectors) {
                c.addTo(dim, totals);
            }
            List<FacetCount> counts = new ArrayList<>();
            totals.forEach((label, n) -> counts.add(new FacetCount(label, n)));
            counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
            out.put(dim, counts.subList(0, Math.min(top, counts.size())));
        }
        return out;
    }

    /** Per-segment ordinal counts; labels are looked up once per segment at the end. */
    static final class Counting implements Collector {

        private record Segment(String dim, SortedSetDocValues values, long[] counts) {
        }

        private final List<Segment> segments = new ArrayList<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<Segment> leaf = new ArrayList<>();
            for (Map.Entry<String, String> d : DIMENSIONS.entrySet()) {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), d.getValue());
                leaf.add(new Segment(d.getKey(), values, new long[Math.toIntExact(values.getValueCount())]));
            }
            segments.addAll(leaf);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (Segment s : leaf) {
                        if (s.values().advanceExact(doc)) {
                            for (int i = 0; i < s.values().docValueCount(); i++) {
                                s.counts()[Math.toIntExact(s.values().nextOrd())]++;
                            }
                        }
                    }
                }
            };
        }

        void addTo(String dim, Map<String, Long> totals) throws IOException {
            for (Segment s : segments) {
                if (!s.dim().equals(dim)) {
                    continue;
                }
                for (int ord = 0; ord < s.counts().length; ord++) {
                    if (s.counts()[ord] > 0) {
                        totals.merge(s.values().lookupOrd(ord).utf8ToString(), s.counts()[ord], Long::sum);
                    }
                }
            }
        }
    }
}
