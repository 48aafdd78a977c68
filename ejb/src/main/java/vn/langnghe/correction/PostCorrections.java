package vn.langnghe.correction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.langnghe.index.Post;

/**
 * Keeps analysts' corrections when posts are indexed again: the pipeline hands every batch here before
 * it goes to Solr, and the latest correction of each field replaces what the analysis found. One query
 * per batch (the ids of the batch), not one per post.
 */
@ApplicationScoped
public class PostCorrections {
    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    private volatile CorrectionStore store;

    protected PostCorrections() {
    }

    /** Outside a server (tests, the drain JVMs of the multi-node test). */
    public PostCorrections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Post> apply(List<Post> posts) {
        if (posts.isEmpty()) {
            return posts;
        }
        Map<String, Map<CorrectedField, CorrectionValue>> latest = store().latest(posts.stream().map(Post::id).toList());
        if (latest.isEmpty()) {
            return posts;
        }
        List<Post> out = new ArrayList<>(posts.size());
        for (Post p : posts) {
            Map<CorrectedField, CorrectionValue> fields = latest.get(p.id());
            if (fields != null) {
                for (CorrectionValue v : fields.values()) {
                    p = v.applyTo(p);
                }
            }
            out.add(p);
        }
        return out;
    }

    private CorrectionStore store() {
        CorrectionStore s = store;
        if (s == null) {
            s = new CorrectionStore(dataSource);
            store = s;
        }
        return s;
    }
}
