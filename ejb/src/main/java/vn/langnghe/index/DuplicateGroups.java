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

        /** The group a close post joins through this one. */
        String joined() {
            return group != null ? group : id;
        }
    }

    /**
     * One signature among the recent posts: its oldest remembered post (whose group the later copies
     * joined) and how many of the last {@link #RECENT} posts carry it. A story reposted a thousand
     * times is one entry, so a lookup costs the number of distinct signatures under a key, not copies.
     */
    private static final class Remembered {
        final Member oldest;
        int count = 1;

        Remembered(Member oldest) {
            this.oldest = oldest;
        }
    }

    private static final long RECENT_ORDER = 1L << 32;
    private static final long BATCH_ORDER = 1L << 62;

    private final SolrConnection solr;
    /** The last {@link #RECENT} posts grouped here, oldest first; their signatures, also filed under each key. */
    private final ArrayDeque<Member> recent = new ArrayDeque<>();
    /** Keyed by {@link SignatureBands#spread}, like the per-batch maps by signature. */
    private final Map<Long, Remembered> recentBySignature = new HashMap<>();
    private final Map<Long, List<Remembered>> recentByKey = new HashMap<>();
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
        List<String> ids = new ArrayList<>();
        for (Post p : posts) {
            Member in = p.signature() == null ? null : new Member(p.id(), Long.parseUnsignedLong(p.signature(), 16), null, 0);
            incoming.add(in);
            if (in != null) {
                ids.add(p.id());
            }
        }
        if (ids.isEmpty()) {
            return posts;
        }
        // A post close to one grouped here in the last seconds joins that group without asking Solr: in
        // a burst of reposts (a viral post, a copied article) most posts are such, and the candidate
        // query is the costliest part of grouping. Only the others' keys go to Solr. Copies share a
        // signature, so each distinct signature is looked up once.
        Map<Long, Member> recentMatch = new HashMap<>();
        Set<Long> novelKeys = new LinkedHashSet<>();
        for (Member in : incoming) {
            if (in != null && !recentMatch.containsKey(SignatureBands.spread(in.signature()))) {
                Member r = oldestRecentClose(in);
                recentMatch.put(SignatureBands.spread(in.signature()), r);
                if (r == null) {
                    for (long k : in.keys()) {
                        novelKeys.add(k);
                    }
                }
            }
        }
        // Solr's candidates (one per distinct signature, oldest first) filed under the novel keys
        Map<Long, List<Member>> indexed = new HashMap<>();
        if (!novelKeys.isEmpty()) {
            for (Member m : candidates(novelKeys)) {
                file(indexed, m, novelKeys);
            }
        }
        Map<String, Member> earlier = earlierVersions(ids);
        // this batch's posts, one per distinct signature (the first, the oldest), filed under their keys
        Map<Long, List<Member>> batch = new HashMap<>();
        // per signature, the member its posts join: the first post with it decides for the later copies
        Map<Long, Member> joins = new HashMap<>();
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
            Member joined = joins.get(SignatureBands.spread(in.signature()));
            if (joined == null || joined.id().equals(in.id())) {
                joined = oldestClose(in, indexed, recentMatch.get(SignatureBands.spread(in.signature())), batch);
            }
            Member e = earlier.get(p.id());
            String group = e != null && e.group() != null && close(e.signature(), in.signature()) ? e.group()
                    : joined == null ? in.id() : joined.joined();
            Member m = new Member(in.id(), in.signature(), in.keys(), group, order++);
            if (!joins.containsKey(SignatureBands.spread(in.signature()))) {
                joins.put(SignatureBands.spread(in.signature()), joined == null ? m : joined);
                for (long key : m.keys()) {
                    batch.computeIfAbsent(key, k -> new ArrayList<>(2)).add(m);
                }
            }
            assigned.add(m);
            out.add(p.withDupGroup(group));
        }
        remember(assigned);
        return out;
    }

    private static boolean close(long a, long b) {
        return Long.bitCount(a ^ b) <= NearDuplicateSignature.NEAR_DUPLICATE_BITS;
    }

    private static void file(Map<Long, List<Member>> byKey, Member m, Set<Long> wanted) {
        for (long key : m.keys()) {
            if (wanted.contains(key)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
    }

    /**
     * The oldest close member other than the post itself: Solr's candidates are older than the recent
     * posts, which are older than this batch, so the first source with a match decides.
     */
    private static Member oldestClose(Member post, Map<Long, List<Member>> indexed, Member recentMatch,
                                      Map<Long, List<Member>> batch) {
        Member found = oldestClose(post, indexed);
        if (found == null && recentMatch != null && !recentMatch.id().equals(post.id())) {
            found = recentMatch;
        }
        return found != null ? found : oldestClose(post, batch);
    }

    private static Member oldestClose(Member post, Map<Long, List<Member>> byKey) {
        Member oldest = null;
        for (long key : post.keys()) {
            List<Member> members = byKey.get(key);
            if (members == null) {
                continue;
            }
            for (Member m : members) {
                if ((oldest == null || m.order() < oldest.order()) && !m.id().equals(post.id())
                        && close(m.signature(), post.signature())) {
                    oldest = m;
                }
            }
        }
        return oldest;
    }

    /** The oldest remembered post close to this one (not itself), or null. */
    private synchronized Member oldestRecentClose(Member post) {
        Member oldest = null;
        for (long key : post.keys()) {
            List<Remembered> under = recentByKey.get(key);
            if (under == null) {
                continue;
            }
            for (Remembered r : under) {
                Member m = r.oldest;
                if ((oldest == null || m.order() < oldest.order()) && !m.id().equals(post.id())
                        && close(m.signature(), post.signature())) {
                    oldest = m;
                }
            }
        }
        return oldest;
    }

    private synchronized void remember(List<Member> assigned) {
        for (Member a : assigned) {
            Member m = a.at(RECENT_ORDER + recentSeq++);
            recent.addLast(m);
            Remembered r = recentBySignature.get(SignatureBands.spread(m.signature()));
            if (r != null) {
                r.count++;
                continue;
            }
            r = new Remembered(m);
            recentBySignature.put(SignatureBands.spread(m.signature()), r);
            for (long k : m.keys()) {
                recentByKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(r); // most keys have one signature
            }
        }
        while (recent.size() > RECENT) {
            Member gone = recent.removeFirst();
            Remembered r = recentBySignature.get(SignatureBands.spread(gone.signature()));
            // the signature is forgotten with its last remembered post; until then its oldest stands for it
            if (--r.count > 0) {
                continue;
            }
            recentBySignature.remove(SignatureBands.spread(gone.signature()));
            for (long k : r.oldest.keys()) {
                List<Remembered> under = recentByKey.get(k);
                under.remove(r);
                if (under.isEmpty()) {
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
