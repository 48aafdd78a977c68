package vn.langnghe.web.api;

import jakarta.enterprise.context.RequestScoped;

/**
 * How many rows the API call being served returned, said by the resource that knows
 * ({@code rows.set(n)}); {@link ApiCallAudit} adds it to the call's audit event.
 */
@RequestScoped
public class ApiRows {
    private Integer rows;

    public void set(int n) {
        rows = n;
    }

    Integer get() {
        return rows;
    }
}
