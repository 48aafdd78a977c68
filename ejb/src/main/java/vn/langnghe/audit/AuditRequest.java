package vn.langnghe.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the web tier knows about the request being served that the services it calls do not: the
 * client's address. A servlet filter fills it in; {@link AuditLog} adds it to the events recorded
 * during the request.
 */
@RequestScoped
public class AuditRequest {
    private String clientAddress;

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
