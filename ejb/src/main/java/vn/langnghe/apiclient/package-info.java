/**
 * API clients (issue 16): the consuming systems an admin registers, each with a secret token shown once
 * and stored as a hash ({@link vn.langnghe.apiclient.ApiTokens}), bound to a unit's data scope and to
 * {@link vn.langnghe.apiclient.Permission}s, with rotation (an overlap during which both tokens work),
 * revocation, expiry and a rate limit; {@link vn.langnghe.apiclient.ApiClientService} registers them and
 * checks a token on every call. Every change is audited. It may use {@code account} (units and their
 * scopes) and {@code audit}.
 */
package vn.langnghe.apiclient;
