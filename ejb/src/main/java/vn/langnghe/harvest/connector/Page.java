package vn.langnghe.harvest.connector;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of items and the cursor to resume after it.
 *
 * @param items      the items, in the platform's order
 * @param nextCursor what to pass to the next {@link Connector#fetch} call; kept by the harvester even
 *                   when {@code more} is false, so the next scheduled run continues from there (for
 *                   example a newest-id marker). {@code null} means "start again from the beginning".
 * @param more       whether another page is available right now
 * @param notes      what the admin should know about this page although it was accepted: rows or
 *                   pages skipped and why, a quota nearly used up. Shown with the source's last run.
 */
public record Page(List<HarvestedItem> items, String nextCursor, boolean more, List<String> notes) {

    public Page {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    public Page(List<HarvestedItem> items, String nextCursor, boolean more) {
        this(items, nextCursor, more, List.of());
    }

    public static Page last(List<HarvestedItem> items, String nextCursor) {
        return new Page(items, nextCursor, false);
    }

    public static Page next(List<HarvestedItem> items, String nextCursor) {
        return new Page(items, nextCursor, nextCursor != null);
    }

    /** This page with a note added (none for null). */
    public Page withNote(String note) {
        if (note == null) {
            return this;
        }
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return new Page(items, nextCursor, more, all);
    }

    /** The first {@code shown} of a list of problems, "; "-separated, with "; …" when there are more. */
    public static String firstFew(List<String> problems, int shown) {
        return String.join("; ", problems.subList(0, Math.min(shown, problems.size())))
                + (problems.size() > shown ? "; …" : "");
    }

    /** The note "N {what} skipped: the first five and why", or null when nothing was skipped. */
    public static String skippedNote(List<String> skipped, String what) {
        return skipped.isEmpty() ? null : skipped.size() + " " + what + " skipped: " + firstFew(skipped, 5);
    }

    /** This page with notes added. */
    public Page withNotes(List<String> more) {
        Page p = this;
        for (String n : more) {
            p = p.withNote(n);
        }
        return p;
    }
}
