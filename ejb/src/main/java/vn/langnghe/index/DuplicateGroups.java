package vn.langnghe.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    /** Most candidates read per batch; a band shared by more documents than this is mostly chance. */
    static final int MAX_CANDIDATES = 5_000;

    private record Member(String id, String signature, String group) {
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
        List<Member> known = candidates(tokens);
        List<Post> out = new ArrayList<>(posts.size());
        for (Post p : posts) {
            if (p.signature() == null) {
                out.add(p);
                continue;
            }
            String group = groupOf(p, known);
            known.add(new Member(p.id(), p.signature(), group));
            out.add(p.withDupGroup(group));
        }
        return out;
    }

    private static String groupOf(Post p, List<Member> known) {
        for (Member m : known) {
            if (m.id().equals(p.id()) && m.group() != null && close(m.signature(), p.signature())) {
                return m.group();
            }
        }
        for (Member m : known) {
            if (!m.id().equals(p.id()) && close(m.signature(), p.signature())) {
                return m.group() != null ? m.group() : m.id();
            }
        }
        return p.id();
    }

    private static boolean close(String a, String b) {
        return a != null && NearDuplicateSignature.distance(a, b) <= NearDuplicateSignature.NEAR_DUPLICATE_BITS;
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
                out.add(new Member((String) d.getFirstValue(PostField.ID), (String) d.getFirstValue(PostField.SIGNATURE),
                        (String) d.getFirstValue(PostField.DUP_GROUP)));
            }
            return out;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr cannot be reached to group near-duplicates: " + e.getMessage(), e);
        }
    }
}
