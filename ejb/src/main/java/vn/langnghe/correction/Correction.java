package vn.langnghe.correction;

import java.time.Instant;

/** One correction as stored: a post's field, old → new, by whom, in which unit, when. */
public record Correction(long id, String postId, CorrectedField field, String oldValue, String newValue,
                         String correctedBy, String unitCode, Instant correctedAt) {
}
