package vn.langnghe.web.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.account.UnitKind;
import vn.langnghe.account.UnitView;

/**
 * The names of places as the units name them: an area (former district or province) by its district unit
 * ("Quận 1 (cũ)"), a new ward, commune or special zone by its local unit ("Phường Sài Gòn"), with the area
 * each ward is grouped under. What the post page shows for a post's regions and offers in the correction's
 * place picker, whose values are the correction's own form ({@code q1} or {@code q1/26740}).
 */
final class PlaceNames implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String CITY = "hcmc";

    private final Map<String, String> areas = new LinkedHashMap<>();
    private final Map<String, String> wards = new LinkedHashMap<>();
    private final Map<String, String> wardArea = new LinkedHashMap<>();
    private final String cityName;

    PlaceNames(List<UnitView> units, String cityName) {
        this.cityName = cityName;
        Map<String, UnitView> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        for (UnitView u : units) {
            if (u.kind() == UnitKind.DISTRICT) {
                u.scope().areas().forEach(a -> areas.putIfAbsent(a, u.name()));
            }
        }
        for (UnitView u : units) {
            if (u.kind() == UnitKind.WARD) {
                UnitView parent = u.parent() == null ? null : byCode.get(u.parent());
                String area = parent == null || parent.scope().areas().isEmpty() ? null : parent.scope().areas().get(0);
                for (String w : u.scope().wards()) {
                    wards.putIfAbsent(w, u.name());
                    if (area != null) {
                        wardArea.putIfAbsent(w, area);
                    }
                }
            }
        }
    }

    /** An area's name; the city's for {@code hcmc}; the code itself for one no unit stands for. */
    String area(String code) {
        return CITY.equals(code) ? cityName : areas.getOrDefault(code, code);
    }

    /** A ward's name, or its code. */
    String ward(String code) {
        return wards.getOrDefault(code, code);
    }

    /** A place in the correction's form ({@code q1}, {@code q1/26740}) by name; the ward's name for a ward. */
    String place(String place) {
        int slash = place.indexOf('/');
        return slash < 0 ? area(place) : ward(place.substring(slash + 1));
    }

    /** A list of places in the correction's form ({@code q1/26740,q3}) by name, joined with commas. */
    String places(String list) {
        if (list == null || list.isBlank()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String p : list.split(",")) {
            if (!p.isBlank()) {
                out.add(place(p.strip()));
            }
        }
        return String.join(", ", out);
    }

    /** The picker's choices: the city, each area, then each ward under its area, as value → name. */
    Map<String, String> choices() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(CITY, cityName);
        areas.forEach((code, name) -> out.put(code, name));
        wards.forEach((code, name) -> {
            String area = wardArea.get(code);
            if (area != null) {
                out.put(area + "/" + code, name + " — " + areas.getOrDefault(area, area));
            }
        });
        return out;
    }

    /** The picker's values for a post's areas and units: each unit under its area, then areas without one. */
    List<String> selected(List<String> postAreas, List<String> postUnits) {
        List<String> out = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (String u : postUnits) {
            String area = wardArea.get(u);
            if (area != null) {
                out.add(area + "/" + u);
                covered.add(area);
            }
        }
        for (String a : postAreas) {
            if (!covered.contains(a) && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }
}
