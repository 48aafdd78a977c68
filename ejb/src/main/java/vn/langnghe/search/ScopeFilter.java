package vn.langnghe.search;

import java.util.Optional;
import java.util.stream.Collectors;
import vn.langnghe.account.DataScope;
import vn.langnghe.index.PostField;

/**
 * The caller's data scope as a Solr filter query. The one place that writes scope syntax, so every
 * read path (overview today; search, exports, reports, the API tomorrow) applies it the same way;
 * {@link DataScope} only holds area codes, checked to be plain words when they are read.
 */
public final class ScopeFilter {
    private ScopeFilter() {
    }

    /** The filter query of a scope; none for the whole city. */
    public static Optional<String> of(DataScope scope) {
        if (scope.wholeCity()) {
            return Optional.empty();
        }
        return Optional.of(scope.areas().stream()
                .collect(Collectors.joining(" OR ", PostField.REGION_AREAS + ":(", ")")));
    }
}
