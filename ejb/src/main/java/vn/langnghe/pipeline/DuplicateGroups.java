package vn.langnghe.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.analysis.text.NearDuplicateSignature;
import vn.langnghe.pipeline.SignatureMemory.Entry;
import vn.langnghe.index.BackgroundThreads;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.Post;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.SignatureBands;
import vn.langnghe.index.PostField;

/**
 * Puts each new post into its near-duplicate group before it is indexed: the group of the oldest
 * indexed (or earlier in the batch) post whose signature is within
 * {@link NearDuplicateSignature#NEAR_DUPLICATE_BITS} bits. A post harvested again keeps its group.
 * Reposts and copied articles are then grouped in search results rather than hidden.
 *
 * <p>The node remembers the newest posts ({@link SignatureMemory}, {@code langnghe.grouping.memory-posts},
 * read back from Solr when it starts and kept up as it groups): a post close to one of them joins that
 * one's group without a query, and a copy arriving within the commit interval of its original (before a
 * search can see it) still joins it. When this node is the only writer and the memory is filled, that
 * is all: the newest posts are the window in which copies are grouped. Otherwise (other nodes write,
 * {@code langnghe.grouping.peers}; or the memory is still being filled) the posts the memory does not
 * match ask Solr, one query per batch through {@link SignatureBands}: the matches are collapsed to one
 * document per distinct signature, the oldest, so a story copied a thousand times costs one candidate.
 * A post's own earlier version is read by real-time get, so it is found even before Solr's next commit.
 */
@ApplicationScoped
public class DuplicateGroups {
    /**
     * Most distinct signatures read per batch: the newest ones. Posts on one subject share signature
     * bits, so on a large index a batch's keys can match tens of thousands of unrelated signatures;
     * a repost's original is far more often recent than old, and a copy of a recent original joins
     * the same group as the original's oldest copy would give.
     */
    static final int MAX_CANDIDATES = 1_000;

    private static final Logger LOG = Logger.getLogger(DuplicateGroups.class.getName());

    private final SolrConnection solr;
    /** Where the read-back thread comes from: the container's managed threads in the server. */
    private final ThreadFactory threads;
    /** Posts this node may group with without asking Solr; guarded by {@code this}. */
    private final SignatureMemory memory;
    /** Posts read back from Solr into the memory when it starts (0: none, the memory is the recent posts only). */
    private final int memoryPosts;
    /** Other nodes index posts too: posts found in no memory must still ask Solr. */
    private final boolean peers;
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile long loadFailedAt;
    /** Open once the memory holds the newest posts of the whole index: a post it does not match is novel. */
    private final CountDownLatch loaded = new CountDownLatch(1);

    /** For CDI proxies only. */
    protected DuplicateGroups() {
        threads = null;
        solr = null;
        memory = null;
        memoryPosts = 0;
        peers = true;
    }

    /** Remembers only the last {@value SignatureMemory#SCANNED} posts and asks Solr about every other one. */
    public DuplicateGroups(SolrConnection solr) {
        this(solr, 0, true);
    }

    /** Outside a server (tests, tools): the memory is read back on a plain daemon thread. */
    public DuplicateGroups(SolrConnection solr, int memoryPosts, boolean peers) {
        this(solr, memoryPosts, peers, BackgroundThreads.daemon("langnghe-signature-memory"));
    }

    @Inject
    public DuplicateGroups(SolrConnection solr,
                           @ConfigProperty(name = "langnghe.grouping.memory-posts") int memoryPosts,
                           @ConfigProperty(name = "langnghe.grouping.peers") boolean peers,
                           ThreadFactory threads) {
        this.solr = solr;
        this.threads = threads;
        this.memoryPosts = Math.max(0, memoryPosts);
        this.peers = peers;
        this.memory = new SignatureMemory(Math.max(SignatureMemory.SCANNED, this.memoryPosts));
    }

    public List<Post> assign(List<Post> posts) throws IndexingException {
        startLoading();
        // each post's signature, read once (null for a post without one)
        List<Entry> incoming = new ArrayList<>(posts.size());
        List<String> ids = new ArrayList<>();
        for (Post p : posts) {
            Entry in = p.signature() == null ? null : new Entry(p.id(), Long.parseUnsignedLong(p.signature(), 16), null);
            incoming.add(in);
            if (in != null) {
                ids.add(p.id());
            }
        }
        // every post's earlier version: its group, and the moment it first arrived, which a re-index keeps
        Map<String, SolrDocument> earlierDocs = earlierVersions(posts.stream().map(Post::id).toList());
        if (ids.isEmpty()) {
            return posts.stream().map(p -> keepFirstArrival(p, earlierDocs)).toList();
        }
        // A post close to a remembered one joins that group without asking Solr: in a burst of reposts
        // most posts are such, and the candidate query is the costliest part of grouping. Once the
        // memory holds the newest posts of the whole index (and no other node writes), a post it does
        // not match is novel, and Solr is not asked at all.
        Entry[] recentMatch = oldestRecentClose(incoming);
        Set<Long> novelKeys = new LinkedHashSet<>();
        if (peers || !memoryComplete()) {
            for (int i = 0; i < incoming.size(); i++) {
                if (incoming.get(i) != null && recentMatch[i] == null) {
                    for (long k : SignatureBands.keys(incoming.get(i).signature())) {
                        novelKeys.add(k);
                    }
                }
            }
        }
        List<Entry> indexed = novelKeys.isEmpty() ? List.of() : candidates(novelKeys);
        Map<String, Entry> earlier = new HashMap<>();
        earlierDocs.forEach((id, d) -> {
            Entry m = member(d);
            if (m != null) {
                earlier.put(id, m);
            }
        });
        // this batch's posts so far, one per distinct signature (the first, the oldest)
        List<Entry> batch = new ArrayList<>();
        // per signature, the member its posts join: the first post with it decides for the later copies
        Map<Long, Entry> joins = new HashMap<>();
        List<Post> out = new ArrayList<>(posts.size());
        List<Entry> assigned = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            Entry in = incoming.get(i);
            if (in == null) {
                out.add(keepFirstArrival(p, earlierDocs));
                continue;
            }
            Long sigKey = SignatureBands.spread(in.signature());
            Entry joined = joins.get(sigKey);
            if (joined == null || joined.id().equals(in.id())) {
                // Solr's candidates are older than the remembered posts, which are older than this batch
                joined = oldestClose(indexed, in);
                if (joined == null && recentMatch[i] != null) {
                    joined = recentMatch[i];
                }
                if (joined == null) {
                    joined = oldestClose(batch, in);
                }
            }
            Entry e = earlier.get(p.id());
            String group = e != null && e.group() != null && Long.bitCount(e.signature() ^ in.signature())
                    <= NearDuplicateSignature.NEAR_DUPLICATE_BITS ? e.group() : joined == null ? in.id() : joined.joined();
            Entry m = new Entry(in.id(), in.signature(), group);
            if (!joins.containsKey(sigKey)) {
                joins.put(sigKey, joined == null ? m : joined);
                batch.add(m);
            }
            assigned.add(m);
            out.add(keepFirstArrival(p.withDupGroup(group), earlierDocs));
        }
        remember(assigned);
        return out;
    }

    /** The first member of an oldest-first list that is close to the post (and not the post itself). */
    private static Entry oldestClose(List<Entry> oldestFirst, Entry post) {
        for (Entry m : oldestFirst) {
            if (m.closeTo(post.signature(), post.id())) {
                return m;
            }
        }
        return null;
    }

    /** For each post, the oldest remembered post close to it (not itself), or null; copies are looked up once. */
    private synchronized Entry[] oldestRecentClose(List<Entry> posts) {
        Entry[] out = new Entry[posts.size()];
        Map<Long, Entry> bySignature = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            Entry post = posts.get(i);
            if (post == null) {
                continue;
            }
            Long sigKey = SignatureBands.spread(post.signature());
            Entry known = bySignature.get(sigKey);
            if (known != null && !known.id().equals(post.id())) {
                out[i] = known;
                continue;
            }
            if (known == null && bySignature.containsKey(sigKey)) {
                continue; // already found to have none
            }
            Entry found = memory.oldestClose(post.signature(), post.id());
            bySignature.put(sigKey, found);
            out[i] = found;
        }
        return out;
    }

    private synchronized void remember(List<Entry> assigned) {
        for (Entry m : assigned) {
            memory.add(m.id(), m.signature(), m.group());
        }
    }

    /** Whether the memory holds the newest posts of the index; for tests and the logs. */
    boolean memoryComplete() {
        return loaded.getCount() == 0;
    }

    /** Waits until the memory has been filled from Solr; false if it is not within the time. */
    boolean awaitMemory(long timeout, TimeUnit unit) throws InterruptedException {
        return loaded.await(timeout, unit);
    }

    /**
     * Once per node (again a minute after a failure): reads the newest posts' signatures back from
     * Solr into the memory, in the background, so that a restarted node still groups with what it
     * indexed before. Until it is done every novel post asks Solr, as it always does with peers.
     */
    private void startLoading() {
        if (memoryPosts == 0 || memoryComplete() || System.currentTimeMillis() - loadFailedAt < 60_000
                || !loading.compareAndSet(false, true)) {
            return;
        }
        threads.newThread(() -> {
            try {
                load();
            } finally {
                loading.set(false);
            }
        }).start();
    }

    private void load() {
        long t0 = System.nanoTime();
        List<Entry> newestFirst = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        try {
            while (newestFirst.size() < memoryPosts) {
                SolrQuery q = new SolrQuery("*:*")
                        .addFilterQuery(PostField.SIGNATURE + ":[* TO *]")
                        .setFields(PostField.ID, PostField.SIGNATURE, PostField.DUP_GROUP)
                        .setSort(PostField.INDEXED_AT, SolrQuery.ORDER.desc)
                        .addSort(PostField.ID, SolrQuery.ORDER.desc)
                        .setRows(Math.min(10_000, memoryPosts - newestFirst.size()));
                q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                QueryResponse rsp = solr.client().query(solr.collection(), q, SolrRequest.METHOD.POST);
                for (SolrDocument d : rsp.getResults()) {
                    Entry m = member(d);
                    if (m != null) {
                        // most posts are their own group: one string for both (a million posts, ~60 MB less)
                        String group = m.id().equals(m.group()) ? m.id() : m.group();
                        newestFirst.add(new Entry(m.id(), m.signature(), group));
                    }
                }
                String next = rsp.getNextCursorMark();
                if (next == null || next.equals(cursor) || rsp.getResults().isEmpty()) {
                    break;
                }
                cursor = next;
            }
        } catch (SolrServerException | IOException | RuntimeException e) {
            loadFailedAt = System.currentTimeMillis();
            LOG.warning(() -> "Near-duplicate memory not filled from Solr (novel posts ask Solr meanwhile): " + e.getMessage());
            return;
        }
        java.util.Collections.reverse(newestFirst);
        synchronized (this) {
            memory.addOlder(newestFirst);
        }
        loaded.countDown();
        LOG.info(() -> String.format("Near-duplicate memory: %,d posts read back from Solr in %d ms (room for %,d)",
                newestFirst.size(), (System.nanoTime() - t0) / 1_000_000, memory.capacity()));
    }

    private List<Entry> candidates(Set<Long> keys) throws IndexingException {
        List<String> tokens = new ArrayList<>(keys.size());
        for (long k : keys) {
            tokens.add(SignatureBands.text(k));
        }
        // as a filter: the select handler's default query parser (edismax) ignores local params in q.
        // Not cached: every batch's filter is new, and a cached one would be re-run by each new searcher's
        // autowarming (about once a second while harvesting), slowing down every commit
        SolrQuery q = new SolrQuery("*:*")
                .addFilterQuery("{!terms cache=false f=" + PostField.SIGNATURE_BANDS + "}" + String.join(",", tokens))
                .addFilterQuery("{!collapse field=" + PostField.SIGNATURE_KEY + " min=ms(" + PostField.CREATED_AT + ")"
                        // documents indexed before the key existed stay candidates, uncollapsed
                        + " nullPolicy=expand}")
                .setFields(PostField.ID, PostField.SIGNATURE, PostField.DUP_GROUP)
                .setSort(PostField.CREATED_AT, SolrQuery.ORDER.desc)
                .setRows(MAX_CANDIDATES);
        try {
            long t0 = System.nanoTime();
            QueryResponse rsp = solr.client().query(solr.collection(), q, SolrRequest.METHOD.POST);
            long t1 = System.nanoTime();
            LOG.fine(() -> "grouping: " + tokens.size() + " keys, " + rsp.getResults().getNumFound()
                    + " distinct signatures, QTime " + rsp.getQTime() + " ms, round trip " + (t1 - t0) / 1_000_000 + " ms");
            List<Entry> out = new ArrayList<>();
            for (SolrDocument d : rsp.getResults()) {
                Entry m = member(d);
                if (m != null) {
                    out.add(m);
                }
            }
            if (rsp.getResults().getNumFound() > MAX_CANDIDATES) {
                LOG.fine(() -> "grouping: " + rsp.getResults().getNumFound() + " distinct signatures share a key with the "
                        + "batch's novel posts; the newest " + MAX_CANDIDATES + " are compared");
            }
            java.util.Collections.reverse(out); // oldest first, as the matching below expects
            return out;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr cannot be reached to group near-duplicates: " + e.getMessage(), e);
        }
    }

    /**
     * The post with the moment its earlier version first arrived in the index, so that a re-harvest does
     * not make it new again for API clients polling for new items; a post never indexed (or indexed before
     * the field existed) goes without, and Solr's update chain stamps it when it arrives.
     */
    private static Post keepFirstArrival(Post p, Map<String, SolrDocument> earlier) {
        SolrDocument d = earlier.get(p.id());
        return d != null && d.getFirstValue(PostField.FIRST_INDEXED_AT) instanceof Date at
                ? p.withFirstIndexedAt(at.toInstant()) : p;
    }

    /** The indexed versions of these posts, by id, including those Solr has not made searchable yet. */
    private Map<String, SolrDocument> earlierVersions(List<String> ids) throws IndexingException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("fl", PostField.ID + "," + PostField.SIGNATURE + "," + PostField.DUP_GROUP + "," + PostField.FIRST_INDEXED_AT);
        p.set("ids", String.join(",", ids));
        // POST: a batch's ids do not fit in a URL (SolrClient.getById would GET them)
        QueryRequest get = new QueryRequest(p, SolrRequest.METHOD.POST);
        get.setPath("/get");
        Map<String, SolrDocument> out = new HashMap<>();
        try {
            for (SolrDocument d : get.process(solr.client(), solr.collection()).getResults()) {
                out.put((String) d.getFirstValue(PostField.ID), d);
            }
            return out;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr cannot be reached to group near-duplicates: " + e.getMessage(), e);
        }
    }

    private static Entry member(SolrDocument d) {
        String sig = (String) d.getFirstValue(PostField.SIGNATURE);
        if (sig == null) {
            return null;
        }
        return new Entry((String) d.getFirstValue(PostField.ID), Long.parseUnsignedLong(sig, 16),
                (String) d.getFirstValue(PostField.DUP_GROUP));
    }
}
