package vn.langnghe.harvest;

/** The source named by id does not exist (any more): the API answers 404, the page says it is gone. */
public class NoSuchSourceException extends InvalidSourceException {
    private final long id;

    public NoSuchSourceException(long id) {
        super("no source " + id);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
