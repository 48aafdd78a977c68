package vn.langnghe.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import vn.langnghe.analysis.text.NearDuplicateSignature;

/**
 * Puts each new post into its near-duplicate group before it is indexed: the group of the oldest
 * indexed (or earlier in the batch) post whose signature is within
 * {@link NearDuplicateSignature#NEAR_DUPLICATE_BITS} bits, found through {@link SignatureBands} with
 * one query per batch. A post harvested again keeps its group. Reposts and copied articles are then
 * grouped in search results rather than hidden.
 *
 * <p>The last few thousand posts grouped on this node are remembered: a copy arriving within the commit
 * interval of its original (before a search can see it) still joins it, and a post close to one of
 * them joins that one's group without a query. For the others, the candidate query collapses the
 * matches to one document per distinct signature, the oldest: a story copied a thousand times costs
 * one candidate, not a thousand (the copies all joined the oldest one's group anyway). A post's own
 * earlier version is read by real-time get, so it is found even before Solr's next commit.
 */
@ApplicationScoped
public class DuplicateGroups {
    /** Most distinct signatures read per batch, oldest first. */
    static final int MAX_CANDIDATES = 1_000;
    /** Posts grouped on this node that a search may not see yet (commitWithin is about a second). */
    static final int RECENT = 5_000;

    private static final Logger LOG = Logger.getLogger(DuplicateGroups.class.getName());

    /**
     * A post already grouped. {@code order} is its age rank: Solr's candidates oldest first, then the
     * posts remembered from recent batches, then this batch.
     */
    private record Member(String id, long signature, long[] keys, String group, long order) {
        Member(String id, long signature, String group, long order) {
            this(id, signature, SignatureBands.keys(signature), group, order);
        }

        Member at(long newOrder) {
            return new Member(id, signature, keys, group, newOrder);
        }
    }

    private static final long RECENT_ORDER = 1L << 32;
    private static final long BATCH_ORDER = 1L << 62;

    private final SolrConnection solr;
    /** The last {@link #RECENT} posts grouped here, oldest first, and the same filed under each of their keys. */
    private final ArrayDeque<Member> recent = new ArrayDeque<>();
    private final Map<Long, ArrayDeque<Member>> recentByKey = new HashMap<>();
    private long recentSeq;

    /** For CDI proxies only. */
    protected DuplicateGroups() {
        solr = null;
    }

    @Inject
    public DuplicateGroups(SolrConnection solr) {
        this.solr = solr;
    }

    public List<Post> assign(List<Post> posts) throws IndexingException {
        // each post's signature and keys, worked out once (null for a post without a signature)
        List<Member> incoming = new ArrayList<>(posts.size());
        Set<Long> keys = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        for (Post p : posts) {
            Member in = p.signature() == null ? null : new Member(p.id(), Long.parseUnsignedLong(p.signature(), 16), null, 0);
            incoming.add(in);
            if (in != null) {
                for (long k : in.keys()) {
                    keys.add(k);
                }
                ids.add(p.id());
            }
        }
        if (keys.isEmpty()) {
            return posts;
        }
        // A post close to one grouped here in the last seconds joins that group without asking Solr: in
        // a burst of reposts (a viral post, a copied article) most posts are such, and the candidate
        // query is the costliest part of grouping. Only the others' keys go to Solr.
        Map<Long, List<Member>> recentOnly = new HashMap<>();
        recallRecent(recentOnly, keys);
        Set<Long> novelKeys = new LinkedHashSet<>();
        for (Member in : incoming) {
            if (in != null && groupOf(in, null, recentOnly).equals(in.id())) {
                for (long k : in.keys()) {
                    novelKeys.add(k);
                }
            }
        }
        // members filed under those of their keys this batch has, oldest first: a post is compared only
        // with those sharing a key
        Map<Long, List<Member>> byKey = new HashMap<>();
        if (!novelKeys.isEmpty()) {
            for (Member m : candidates(novelKeys)) {
                file(byKey, m, novelKeys);
            }
        }
        recentOnly.forEach((k, members) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).addAll(members));
        Map<String, Member> earlier = earlierVersions(ids);
        List<Post> out = new ArrayList<>(posts.size());
        List<Member> assigned = new ArrayList<>(posts.size());
        long order = BATCH_ORDER;
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            Member in = incoming.get(i);
            if (in == null) {
                out.add(p);
                continue;
            }
            String group = groupOf(in, earlier.get(p.id()), byKey);
            Member m = new Member(in.id(), in.signature(), in.keys(), group, order++);
            file(byKey, m, keys);
            assigned.add(m);
            out.add(p.withDupGroup(group));
        }
        remember(assigned);
        return out;
    }

    private static void file(Map<Long, List<Member>> byKey, Member m, Set<Long> wanted) {
        for (long key : m.keys()) {
            if (wanted.contains(key)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
    }

    /**
     * The post's own earlier group if it was indexed before (and has not changed beyond recognition),
     * else the oldest close member's, else its own id. Each key's list is in age order, so the first
     * close member of a list is that list's oldest.
     */
    private static String groupOf(Member post, Member earlier, Map<Long, List<Member>> byKey) {
        String id = post.id();
        long sig = post.signature();
        if (earlier != null && earlier.group() != null
                && Long.bitCount(earlier.signature() ^ sig) <= NearDuplicateSignature.NEAR_DUPLICATE_BITS) {
            return earlier.group();
        }
        Member oldest = null;
        for (long key : post.keys()) {
            for (Member m : byKey.getOrDefault(key, List.of())) {
                if (oldest != null && m.order() >= oldest.order()) {
                    break;
                }
                if (!m.id().equals(id) && Long.bitCount(m.signature() ^ sig) <= NearDuplicateSignature.NEAR_DUPLICATE_BITS) {
                    oldest = m;
                    break;
                }
            }
        }
        if (oldest == null) {
            return id;
        }
        return oldest.group() != null ? oldest.group() : oldest.id();
    }

    /** Adds the remembered posts that share one of {@code keys}, after Solr's candidates. */
    private synchronized void recallRecent(Map<Long, List<Member>> byKey, Set<Long> keys) {
        for (long k : keys) {
            ArrayDeque<Member> r = recentByKey.get(k);
            if (r != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).addAll(r);
            }
        }
    }

    private synchronized void remember(List<Member> assigned) {
        for (Member a : assigned) {
            Member m = a.at(RECENT_ORDER + recentSeq++);
            recent.addLast(m);
            for (long k : m.keys()) {
                recentByKey.computeIfAbsent(k, x -> new ArrayDeque<>(2)).addLast(m); // most keys have one member
            }
        }
        while (recent.size() > RECENT) {
            Member gone = recent.removeFirst();
            for (long k : gone.keys()) {
                ArrayDeque<Member> r = recentByKey.get(k);
                r.removeFirst(); // the oldest remembered is first under each of its keys too
                if (r.isEmpty()) {
                    recentByKey.remove(k);
                }
            }
        }
    }

    private List<Member> candidates(Set<Long> keys) throws IndexingException {
        List<String> tokens = new ArrayList<>(keys.size());
        for (long k : keys) {
            tokens.add(SignatureBands.text(k));
        }
        // as a filter: the select handler's default query parser (edismax) ignores local params in q.
        // Not cached: every batch's filter is new, and a cached one would be re-run by each new searcher's
        // autowarming (about once a second while harvesting), slowing down every commit
        SolrQuery q = new SolrQuery("*:*")
                .addFilterQuery("{!terms cache=false f=" + PostField.SIGNATURE_BANDS + "}" + String.join(",", tokens))
                .addFilterQuery("{!collapse field=" + PostField.SIGNATURE + " min=ms(" + PostField.CREATED_AT + ")}")
                .setFields(PostField.ID, PostField.SIGNATURE, PostField.DUP_GROUP)
                .setSort(PostField.CREATED_AT, SolrQuery.ORDER.asc)
                .setRows(MAX_CANDIDATES);
        try {
            long t0 = System.nanoTime();
            QueryResponse rsp = solr.client().query(solr.collection(), q, SolrRequest.METHOD.POST);
            long t1 = System.nanoTime();
            LOG.fine(() -> "grouping: " + tokens.size() + " keys, " + rsp.getResults().getNumFound()
                    + " distinct signatures, QTime " + rsp.getQTime() + " ms, round trip " + (t1 - t0) / 1_000_000 + " ms");
            List<Member> out = new ArrayList<>();
            for (SolrDocument d : rsp.getResults()) {
                Member m = member(d, out.size());
                if (m != null) {
                    out.add(m);
                }
            }
            return out;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr cannot be reached to group near-duplicates: " + e.getMessage(), e);
        }
    }

    /** The indexed versions of these posts, by id, including those Solr has not made searchable yet. */
    private Map<String, Member> earlierVersions(List<String> ids) throws IndexingException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("fl", PostField.ID + "," + PostField.SIGNATURE + "," + PostField.DUP_GROUP);
        p.set("ids", String.join(",", ids));
        // POST: a batch's ids do not fit in a URL (SolrClient.getById would GET them)
        QueryRequest get = new QueryRequest(p, SolrRequest.METHOD.POST);
        get.setPath("/get");
        Map<String, Member> out = new HashMap<>();
        try {
            for (SolrDocument d : get.process(solr.client(), solr.collection()).getResults()) {
                Member m = member(d, 0);
                if (m != null) {
                    out.put(m.id(), m);
                }
            }
            return out;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr cannot be reached to group near-duplicates: " + e.getMessage(), e);
        }
    }

    private static Member member(SolrDocument d, long order) {
        String sig = (String) d.getFirstValue(PostField.SIGNATURE);
        if (sig == null) {
            return null;
        }
        return new Member((String) d.getFirstValue(PostField.ID), Long.parseUnsignedLong(sig, 16),
                (String) d.getFirstValue(PostField.DUP_GROUP), order);
    }
}
