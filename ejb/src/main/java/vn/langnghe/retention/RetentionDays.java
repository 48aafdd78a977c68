package vn.langnghe.retention;

/**
 * The rule for a retention age in days. There is no "keep forever": the purpose of the platform ends
 * for every post some day, and the decree wants the data deleted then; an admin who needs long history
 * can set up to {@value #MAX} days. Less than one day would purge posts while they are being harvested.
 */
public final class RetentionDays {
    public static final int MIN = 1;
    /** Ten years: anything longer is a typing mistake, not a retention decision. */
    public static final int MAX = 3650;

    private RetentionDays() {
    }

    /** The number an admin typed, checked; surrounding spaces are ignored. */
    public static int parse(String typed) throws InvalidRetentionException {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new InvalidRetentionException("retention.error.blank", "enter a number of days");
        }
        if (!t.matches("[+-]?\\d{1,9}")) {
            throw new InvalidRetentionException("retention.error.notNumber", "not a whole number of days: " + t);
        }
        return check(Integer.parseInt(t));
    }

    public static int check(int days) throws InvalidRetentionException {
        if (days < MIN) {
            throw new InvalidRetentionException("retention.error.tooShort", "at least " + MIN + " day: " + days);
        }
        if (days > MAX) {
            throw new InvalidRetentionException("retention.error.tooLong", "at most " + MAX + " days: " + days);
        }
        return days;
    }
}
