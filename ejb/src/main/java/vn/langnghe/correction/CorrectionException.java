package vn.langnghe.correction;

/** A correction refused, in plain words: a bad value, or a post the analyst cannot see. */
public class CorrectionException extends RuntimeException {
    public CorrectionException(String message) {
        super(message);
    }
}
