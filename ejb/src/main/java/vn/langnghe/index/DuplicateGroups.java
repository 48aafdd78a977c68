package vn.langnghe.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import vn.langnghe.analysis.text.NearDuplicateSignature;

/**
 * Puts each new post into its near-duplicate group before it is indexed: the group of the oldest
 * indexed (or earlier in the batch) post whose signature is within
 * {@link NearDuplicateSignature#NEAR_DUPLICATE_BITS} bits, found through {@link SignatureBands} with
 * one query per batch. A post harvested again keeps its group. Reposts and copied articles are then
 * grouped in search results rather than hidden.
 */
@ApplicationScoped
public class DuplicateGroups {
    /**
     * Most candidates read per batch, oldest first (a group's first post is what a new post joins). Reading
     * them is the main cost of grouping: 1,000 covers the groups a batch touches in practice.
     */
    static final int MAX_CANDIDATES = 1_000;

    /** A post already grouped; {@code order} is its age rank (Solr's oldest first, then the batch). */
    private record Member(String id, long signature, String group, int order) {
    }

    private final SolrConnection solr;

    /** For CDI proxies only. */
    protected DuplicateGroups() {
        solr = null;
    }

    @Inject
    public DuplicateGroups(SolrConnection solr) {
        this.solr = solr;
    }

    public List<Post> assign(List<Post> posts) throws IndexingException {
        Set<String> tokens = new LinkedHashSet<>();
        for (Post p : posts) {
            if (p.signature() != null) {
                tokens.addAll(SignatureBands.of(p.signature()));
            }
        }
        if (tokens.isEmpty()) {
            return posts;
        }
        // members filed under each of their keys: a post is compared only with those sharing a key
        Map<String, List<Member>> byKey = new HashMap<>();
        List<Member> found = candidates(tokens);
        for (Member m : found) {
            file(byKey, m);
        }
        int order = found.size();
        List<Post> out = new ArrayList<>(posts.size());
        for (Post p : posts) {
            if (p.signature() == null) {
                out.add(p);
                continue;
            }
            long sig = Long.parseUnsignedLong(p.signature(), 16);
            String group = groupOf(p.id(), sig, byKey);
            file(byKey, new Member(p.id(), sig, group, order++));
            out.add(p.withDupGroup(group));
        }
        return out;
    }

    private static void file(Map<String, List<Member>> byKey, Member m) {
        for (String key : SignatureBands.of(NearDuplicateSignature.toHex(m.signature()))) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
    }

    /** The post's own earlier group if it was indexed before, else the oldest close member's, else its own id. */
    private static String groupOf(String id, long sig, Map<String, List<Member>> byKey) {
        Member oldest = null;
        for (String key : SignatureBands.of(NearDuplicateSignature.toHex(sig))) {
            for (Member m : byKey.getOrDefault(key, List.of())) {
                if (Long.bitCount(m.signature() ^ sig) > NearDuplicateSignature.NEAR_DUPLICATE_BITS) {
                    continue;
                }
                if (m.id().equals(id) && m.group() != null) {
                    return m.group();
                }
                if (!m.id().equals(id) && (oldest == null || m.order() < oldest.order())) {
                    oldest = m;
                }
            }
        }
        if (oldest == null) {
            return id;
        }
        return oldest.group() != null ? oldest.group() : oldest.id();
    }

    private List<Member> candidates(Set<String> tokens) throws IndexingException {
        // as a filter: the select handler's default query parser (edismax) ignores local params in q
        SolrQuery q = new SolrQuery("*:*")
                .addFilterQuery("{!terms f=" + PostField.SIGNATURE_BANDS + "}" + String.join(",", tokens))
                .setFields(PostField.ID, PostField.SIGNATURE, PostField.DUP_GROUP)
                .setSort(PostField.CREATED_AT, SolrQuery.ORDER.asc)
                .setRows(MAX_CANDIDATES);
        try {
            List<Member> out = new ArrayList<>();
            for (SolrDocument d : solr.client().query(solr.collection(), q, SolrRequest.METHOD.POST).getResults()) {
                String sig = (String) d.getFirstValue(PostField.SIGNATURE);
                if (sig != null) {
                    out.add(new Member((String) d.getFirstValue(PostField.ID), Long.parseUnsignedLong(sig, 16),
                            (String) d.getFirstValue(PostField.DUP_GROUP), out.size()));
                }
            }
            return out;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr cannot be reached to group near-duplicates: " + e.getMessage(), e);
        }
    }
}
