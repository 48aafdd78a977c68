package vn.langnghe.harvest;

/** Another source already has the name: the API answers 409 Conflict, the form names the clash. */
public class SourceNameTakenException extends InvalidSourceException {
    public SourceNameTakenException(String name) {
        super("another source is already named \"" + name + "\"");
    }
}
