package vn.langnghe.web.pages;

import java.util.Optional;
import java.util.ResourceBundle;
import vn.langnghe.search.Facet;

/**
 * A search filter in people's words, as the search chips, the export summary and the saved queries show it:
 * "Chủ đề: Ngập nước" for {@code topic:flooding}, places by their names, free text (authors, sources,
 * hashtags) as written.
 */
final class FilterLabel {
    private FilterLabel() {
    }

    /** The whole filter; one whose facet the page does not know is shown as written. */
    static String of(String filter, ResourceBundle msg) {
        int colon = filter.indexOf(':');
        Optional<Facet> facet = colon <= 0 ? Optional.empty() : Facet.byParam(filter.substring(0, colon));
        if (facet.isEmpty()) {
            return filter;
        }
        return label(msg, facet.get().labelKey(), facet.get().labelKey()) + ": " + value(facet.get(), filter.substring(colon + 1), msg);
    }

    /** The value alone. */
    static String value(Facet facet, String value, ResourceBundle msg) {
        if (facet == Facet.AREA || facet == Facet.UNIT) {
            return label(msg, "facet.region." + value, value); // plain area and ward codes: the region's names
        }
        if (!facet.codes()) {
            return value;
        }
        // a region is filtered on its path (1/hcmc/q1); its label is the last segment's
        String code = facet == Facet.REGION ? value.substring(value.lastIndexOf('/') + 1) : value;
        return label(msg, facet.valueLabelKey(code), code);
    }

    private static String label(ResourceBundle msg, String key, String fallback) {
        return msg.containsKey(key) ? msg.getString(key) : fallback;
    }
}
