package vn.langnghe.export;

import java.time.Duration;

/**
 * How much exports may do: rows per file ({@code langnghe.export.max-rows}), exports running at once per
 * account and on the platform, and how long a finished file waits for its download.
 */
public record ExportLimits(long maxRows, int perAccount, int atOnce, Duration keep) {
    public ExportLimits {
        if (maxRows < 1 || perAccount < 1 || atOnce < 1 || keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("export limits must be positive: " + maxRows + " rows, " + perAccount
                    + " per account, " + atOnce + " at once, kept " + keep);
        }
    }
}
