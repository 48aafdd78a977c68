package vn.langnghe.analysis.sentiment;

import vn.langnghe.analysis.text.Folding;
import vn.langnghe.analysis.text.NormalizedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cues of how a post is written rather than which words it uses, as feature strings for the sentiment
 * model: questions, notice/news style, numbers and dates, elongated words, laughing and crying sounds,
 * and the absence of any evaluative word. Neutral was the weakest class on real comments (issue 17):
 * a neutral comment is mostly a question or a notice, and what marks it is the form and what is missing.
 * The phrases are folded (no diacritics), because the features are matched on folded tokens.
 */
final class StyleCues {
    private StyleCues() {}

    /** Questions asking for information: "ở đâu", "bao giờ", "cho hỏi", "ai biết", "có ... không?". */
    private static final Map<String, List<String[]>> ASKING = phrases(
            "o dau", "bao gio", "khi nao", "may gio", "bao nhieu", "bao lau", "cho hoi", "cho minh hoi", "cho em hoi",
            "xin hoi", "ai biet", "co ai", "ai co", "the nao", "nhu the nao", "lam sao de", "duoc khong", "phai khong",
            "hay khong", "co phai", "o cho nao", "cho nao", "ngay nao", "gio nao", "nhu nao", "sao a",
            "where", "when", "what time", "how much", "how many", "how long", "how do", "does anyone", "anyone know",
            "is there", "are there", "can i", "do i", "do you", "which", "any idea", "any update");
    /** Questions that are complaints more often than not: "tại sao", "sao lại", "why". */
    private static final Map<String, List<String[]>> WHY = phrases("tai sao", "vi sao", "sao lai", "sao khong", "why", "how come");
    /** Last word of a Vietnamese question: "có mở không?", "xong chưa?", "thật à?", "vậy hả?", "nhỉ". */
    private static final Set<String> QUESTION_TAIL = Set.of("khong", "chua", "a", "ha", "nhi", "sao", "chang", "ta", "hong");
    /** English questions start with a wh-word or an auxiliary. */
    private static final Set<String> EN_QUESTION_START = Set.of("what", "when", "where", "who", "which", "how", "is", "are",
            "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "any", "anyone");
    /** Notice and news style: announcements, reported speech, plans. */
    private static final Map<String, List<String[]>> NOTICE = phrases(
            "thong bao", "theo", "cho biet", "du kien", "se", "ke tu", "tu ngay", "bat dau", "ap dung", "luu y",
            "ke hoach", "trien khai", "to chuc", "duoc biet", "ghi nhan", "cap nhat", "lich", "thoi gian", "dia diem",
            "phan luong", "tam dung", "tam ngung", "hoan thanh", "khoi cong", "moi nguoi luu y", "ban tin",
            "ubnd", "uy ban", "theo do", "hien nay", "trong khi do", "vao luc", "vao ngay",
            "announced", "according to", "will", "scheduled", "starting", "from monday", "notice", "said", "says",
            "update", "reported", "reports", "plans to", "is expected", "are expected", "officials", "residents are advised");
    private static final Set<String> LAUGH_ROOTS = Set.of("ha", "he", "hi", "ka", "ke", "hj", "hihi", "ahi", "kk");

    /** Phrases by their first word, so that a text is scanned once per list whatever the list's length. */
    private static Map<String, List<String[]>> phrases(String... ps) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String p : ps) out.computeIfAbsent(p.split(" ")[0], k -> new ArrayList<>()).add(p.split(" "));
        return out;
    }

    /** Distinct phrases of {@code phrases} found in {@code toks}; each adds {@code prefix + phrase} once. */
    private static int count(List<String> toks, Map<String, List<String[]>> phrases, List<String> out, String prefix) {
        int n = 0;
        List<String[]> seen = null;
        for (int i = 0; i < toks.size(); i++) {
            List<String[]> cands = phrases.get(toks.get(i));
            if (cands == null) continue;
            for (String[] p : cands) {
                if (i + p.length > toks.size()) continue;
                boolean ok = true;
                for (int k = 1; k < p.length && ok; k++) ok = toks.get(i + k).equals(p[k]);
                if (!ok) continue;
                if (seen == null) seen = new ArrayList<>(4);
                if (seen.contains(p)) continue;
                seen.add(p);
                n++;
                out.add(prefix + String.join("_", p));
            }
        }
        return n;
    }

    /**
     * Adds the cue features of {@code nt} to {@code out}; {@code lexHits} is the number of lexicon hits and
     * {@code intensified} whether an intensifier was found, for the "nothing evaluative" feature.
     */
    static void add(NormalizedText nt, int lexHits, boolean intensified, List<String> out) {
        List<String> ft = nt.foldedTokens();
        String text = nt.original();
        int qmarks = 0, bangs = 0, digits = 0;
        boolean dateOrTime = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') qmarks++;
            else if (c == '!') bangs++;
            else if (c >= '0' && c <= '9') {
                digits++;
                // 12/3, 7:30, 10h, 8g: a date or a time
                if (i + 1 < text.length()) {
                    char d = text.charAt(i + 1);
                    if ((d == '/' || d == ':') && i + 2 < text.length() && Character.isDigit(text.charAt(i + 2))) dateOrTime = true;
                    if ((d == 'h' || d == 'g') && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)))) dateOrTime = true;
                }
            }
        }
        if (qmarks > 0) out.add("Q_MARK");
        if (qmarks > 1) out.add("Q_MARKS");
        if (bangs > 0) out.add("BANG");
        if (bangs > 1) out.add("BANGS");
        if (digits > 0) out.add("HAS_NUM");
        if (dateOrTime) out.add("DATE_TIME");
        int asking = count(ft, ASKING, out, "QA_");
        int why = count(ft, WHY, out, "QW_");
        if (asking > 0) out.add("Q_ASK");
        if (why > 0) out.add("Q_WHY");
        if (!ft.isEmpty()) {
            String last = ft.get(ft.size() - 1);
            if (QUESTION_TAIL.contains(last) && (qmarks > 0 || ft.size() > 2)) out.add("Q_TAIL_" + last);
            if (qmarks > 0 && EN_QUESTION_START.contains(ft.get(0))) out.add("Q_EN_START");
        }
        int notice = count(ft, NOTICE, out, "RPT_");
        if (notice > 0) out.add("RPT");
        if (notice > 2) out.add("RPT_MANY");
        int laugh = 0, cry = 0, sigh = 0;
        for (String t : ft) {
            if (isLaugh(t)) laugh++;
            else if (t.startsWith("huhu") || t.equals("hix") || t.equals("hic") || t.equals("hu") || t.equals("huc")) cry++;
            else if (t.startsWith("haiz") || t.startsWith("aiz") || t.startsWith("hazz") || t.equals("haizz")) sigh++;
        }
        if (laugh > 0) out.add("LAUGH");
        if (cry > 0) out.add("CRY");
        if (sigh > 0) out.add("SIGH");
        int elong = elongations(text);
        if (elong > 0) out.add("ELONG");
        if (elong > 1) out.add("ELONG_MANY");
        boolean evaluative = lexHits > 0 || intensified || !nt.emojiTokens().isEmpty() || elong > 0 || laugh + cry + sigh > 0 || bangs > 0;
        if (!evaluative) {
            out.add("NO_EVAL");
            if (asking + qmarks > 0) out.add("NO_EVAL_Q");
            if (notice > 0) out.add("NO_EVAL_RPT");
        }
        int n = ft.size();
        out.add(n <= 5 ? "LEN_S" : n <= 15 ? "LEN_M" : n <= 40 ? "LEN_L" : "LEN_XL");
    }

    /** "haha", "hahaha", "hihi", "kkk", "hehe": a repeated laughing syllable, at least twice. */
    static boolean isLaugh(String t) {
        if (t.length() < 3) return false;
        if (t.chars().allMatch(c -> c == 'k')) return true;
        if (t.startsWith("a")) t = t.substring(1); // "ahihi"
        if (t.length() < 4 || t.length() % 2 != 0) return false;
        String root = t.substring(0, 2);
        if (!LAUGH_ROOTS.contains(root)) return false;
        for (int i = 2; i < t.length(); i += 2) {
            String r = t.substring(i, i + 2);
            if (!LAUGH_ROOTS.contains(r)) return false;
        }
        return true;
    }

    /**
     * Words typed with a letter held down ("quáaaa", "đẹppp", "ngonnnn"): runs of three or more letters that
     * are equal once folded. The normaliser has already squashed them, so the original text is read.
     */
    static int elongations(String s) {
        int n = 0, run = 1;
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char key = Character.isLetter(c) ? Character.toLowerCase(Folding.fold(c)) : 0;
            if (key != 0 && key == prev) {
                run++;
                if (run == 3) n++;
            } else {
                run = 1;
            }
            prev = key;
        }
        return n;
    }
}
