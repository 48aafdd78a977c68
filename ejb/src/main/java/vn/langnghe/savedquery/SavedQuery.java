package vn.langnghe.savedquery;

import java.time.Instant;

/** A saved search as stored: its URL state, never a scope. */
public record SavedQuery(long id, String name, String description, String owner, String ownerUnit,
                         Visibility visibility, SearchState state, Instant createdAt, Instant updatedAt) {

    /** Whether this reader may change it: only its owner. */
    public boolean ownedBy(String username) {
        return owner.equals(username);
    }
}
