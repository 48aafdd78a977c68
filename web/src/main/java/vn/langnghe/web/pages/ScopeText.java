package vn.langnghe.web.pages;

import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.langnghe.account.DataScope;
import vn.langnghe.account.ScopeCodes;

/** A data scope in words for a page: the names of its areas, wards and topics, each with its code. */
final class ScopeText {
    private ScopeText() {
    }

    static String describe(FacesContext faces, DataScope scope, ScopeCodes codes) {
        if (scope.wholeCity()) {
            return Messages.get(faces, "scope.wholeCity");
        }
        List<String> parts = new ArrayList<>(3);
        if (!scope.areas().isEmpty()) {
            parts.add(Messages.get(faces, "scope.areas") + ": " + names(scope.areas(), codes.areas()));
        }
        if (!scope.wards().isEmpty()) {
            parts.add(Messages.get(faces, "scope.wards") + ": " + names(scope.wards(), codes.wards()));
        }
        if (scope.hasRegions()) {
            parts.add(Messages.get(faces, "scope.cityWide"));
        }
        if (!scope.topics().isEmpty()) {
            List<String> t = scope.topics().stream().map(c -> Messages.get(faces, "topic." + c)).toList();
            parts.add(Messages.get(faces, "scope.topics") + ": " + String.join(", ", t));
        }
        return String.join(" · ", parts);
    }

    private static String names(List<String> selected, Map<String, String> named) {
        return String.join(", ", selected.stream().map(c -> named.containsKey(c) ? named.get(c) + " (" + c + ")" : c).toList());
    }
}
