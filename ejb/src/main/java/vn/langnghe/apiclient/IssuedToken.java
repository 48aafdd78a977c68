package vn.langnghe.apiclient;

/** A client with its new secret token: the only time the token exists outside the caller's hands. */
public record IssuedToken(ApiClientView client, String token) {
    @Override
    public String toString() {
        return "IssuedToken[" + client.name() + ", token=" + client.tokenPrefix() + "…]";
    }
}
