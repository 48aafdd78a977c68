package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.account.UnitKind;
import vn.langnghe.account.UnitView;
import vn.langnghe.apiclient.Permission;

/** JWT bearer tokens, on keys the test makes and signs with itself. */
class JwtTest {
    static final String ISSUER = "https://sso.hochiminhcity.gov.vn/realms/langnghe";
    static final String AUDIENCE = "langnghe-api";
    static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    static final KeyPair RSA = pair("RSA");
    static final KeyPair EC = pair("EC");
    static final KeyPair OTHER_RSA = pair("RSA");

    static KeyPair pair(String type) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(type);
            if (type.equals("EC")) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(2048);
            }
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(KeyPair k) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(k.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("aud", AUDIENCE).add("sub", "hotline-1022-gateway")
                .add("iat", NOW.getEpochSecond() - 10).add("exp", NOW.getEpochSecond() + 300)
                .add("langnghe_unit", "ward-26740").add("scope", "openid posts:read analyze");
    }

    static String sign(String alg, PrivateKey key, JsonObject header, JsonObject claims) throws Exception {
        String signed = B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance(alg.equals("RS256") ? "SHA256withRSA" : "SHA256withECDSAinP1363Format");
        s.initSign(key);
        s.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + B64.encodeToString(s.sign());
    }

    static String rs256(JsonObject claims) throws Exception {
        return sign("RS256", RSA.getPrivate(), Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build(), claims);
    }

    private static JwtVerifier verifier(String keyText) {
        return new JwtVerifier(JwtVerifier.keys(keyText), ISSUER, Set.of(AUDIENCE), Duration.ofSeconds(60));
    }

    private static final JwtVerifier RSA_VERIFIER = verifier(pem(RSA));

    private static ApiProblem refused(JwtVerifier v, String jwt) {
        return assertThrows(ApiProblem.class, () -> v.verify(jwt, NOW));
    }

    private static String detail(ApiProblem p) {
        return Json.createReader(new java.io.StringReader((String) p.response().getEntity())).readObject().getString("detail");
    }

    @Test
    void aValidRs256TokenGivesItsClaims() throws Exception {
        JsonObject c = RSA_VERIFIER.verify(rs256(claims().build()), NOW);
        assertEquals("hotline-1022-gateway", c.getString("sub"));
        // the skew: a minute after exp is still fine, more is not
        RSA_VERIFIER.verify(rs256(claims().add("exp", NOW.getEpochSecond() - 50).build()), NOW);
    }

    @Test
    void aValidEs256TokenFromAJwkSetByKid() throws Exception {
        ECPublicKey pub = (ECPublicKey) EC.getPublic();
        RSAPublicKey other = (RSAPublicKey) OTHER_RSA.getPublic();
        String jwks = Json.createObjectBuilder().add("keys", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kty", "RSA").add("kid", "old").add("n", b64(other.getModulus())).add("e", b64(other.getPublicExponent())))
                .add(Json.createObjectBuilder().add("kty", "oct").add("kid", "hmac").add("k", "c2VjcmV0"))
                .add(Json.createObjectBuilder().add("kty", "EC").add("crv", "P-256").add("kid", "k2")
                        .add("x", b64(pub.getW().getAffineX(), 32)).add("y", b64(pub.getW().getAffineY(), 32)))).build().toString();
        JwtVerifier v = verifier(jwks);
        String jwt = sign("ES256", EC.getPrivate(), Json.createObjectBuilder().add("alg", "ES256").add("kid", "k2").build(), claims().build());
        assertEquals("hotline-1022-gateway", v.verify(jwt, NOW).getString("sub"));
        // a PEM EC key works as well
        assertEquals("hotline-1022-gateway", verifier(pem(EC)).verify(jwt, NOW).getString("sub"));
    }

    @Test
    void expiredNotYetValidWrongIssuerAndWrongAudienceAreRefused() throws Exception {
        ApiProblem expired = refused(RSA_VERIFIER, rs256(claims().add("exp", NOW.getEpochSecond() - 61).build()));
        assertEquals(ProblemType.TOKEN_EXPIRED, expired.type());
        assertEquals(401, expired.response().getStatus());
        assertTrue(detail(refused(RSA_VERIFIER, rs256(claims().add("nbf", NOW.getEpochSecond() + 120).build()))).contains("not valid before"));
        assertTrue(detail(refused(RSA_VERIFIER, rs256(claims().add("iss", "https://evil.example").build()))).contains("issuer"));
        assertTrue(detail(refused(RSA_VERIFIER, rs256(claims().add("aud", "another-api").build()))).contains("aud"));
        assertTrue(detail(refused(RSA_VERIFIER, rs256(claims().remove("exp").build()))).contains("no expiry"));
        // an audience list naming this platform is fine
        RSA_VERIFIER.verify(rs256(claims().add("aud", Json.createArrayBuilder().add("x").add(AUDIENCE)).build()), NOW);
    }

    @Test
    void wrongKeyTamperedPayloadAndForeignAlgorithmsAreRefused() throws Exception {
        String other = sign("RS256", OTHER_RSA.getPrivate(), Json.createObjectBuilder().add("alg", "RS256").build(), claims().build());
        assertTrue(detail(refused(RSA_VERIFIER, other)).contains("signature"));
        String good = rs256(claims().build());
        String[] p = good.split("\\.");
        String tampered = p[0] + "." + B64.encodeToString(claims().add("langnghe_unit", "city-admin").build().toString()
                .getBytes(StandardCharsets.UTF_8)) + "." + p[2];
        assertTrue(detail(refused(RSA_VERIFIER, tampered)).contains("signature"));
        // alg none, with and without a signature
        String none = B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + p[1] + ".";
        assertTrue(detail(refused(RSA_VERIFIER, none)).contains("\"none\" is not accepted"));
        // HS256 keyed with the public key's bytes: the classic algorithm confusion
        String hsSigned = B64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "." + p[1];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pem(RSA).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String hs = hsSigned + "." + B64.encodeToString(mac.doFinal(hsSigned.getBytes(StandardCharsets.US_ASCII)));
        assertTrue(detail(refused(RSA_VERIFIER, hs)).contains("\"HS256\" is not accepted"));
        // ES256 claimed over an RSA key, and an RS256 token against an EC key
        String esHeader = sign("ES256", EC.getPrivate(), Json.createObjectBuilder().add("alg", "ES256").build(), claims().build());
        refused(RSA_VERIFIER, esHeader);
        refused(verifier(pem(EC)), good);
        // malformed ones
        for (String bad : List.of("", "a.b", "a.b.c.d.e", "!!!.e30.x", p[0] + ".bm90IGpzb24." + p[2], "e30.e30.e30")) {
            assertEquals(401, refused(RSA_VERIFIER, bad).response().getStatus(), bad);
        }
    }

    @Test
    void claimsMapToTheCallerItsUnitsScopeAndItsPermissions() throws Exception {
        UnitView ward = new UnitView("ward-26740", "UBND phường Sài Gòn", UnitKind.WARD, "area-q1",
                new DataScope(List.of("q1"), List.of("26740"), List.of()), false);
        JsonObject c = claims().add("groups", Json.createArrayBuilder().add("stats:read").add("staff")).build();
        ApiCaller caller = JwtCallers.caller(c, "langnghe_unit", 600, code -> {
            assertEquals("ward-26740", code);
            return ward;
        });
        assertEquals("jwt:hotline-1022-gateway", caller.name());
        assertEquals(ApiCaller.Kind.JWT, caller.kind());
        assertEquals(Set.of(Permission.POSTS_READ, Permission.ANALYZE, Permission.STATS_READ), caller.permissions());
        assertEquals(List.of("26740"), caller.reader().scope().wards());
        assertEquals(false, caller.reader().personalDataClearance());
        // an unknown unit, or none, is a scope violation
        ApiProblem unknown = assertThrows(ApiProblem.class, () -> JwtCallers.caller(c, "langnghe_unit", 600, code -> {
            throw new ApiProblem(ProblemType.SCOPE_VIOLATION, "unknown unit");
        }));
        assertEquals(403, unknown.response().getStatus());
        ApiProblem none = assertThrows(ApiProblem.class, () -> JwtCallers.caller(claims().remove("langnghe_unit").build(), "langnghe_unit", 600,
                code -> ward));
        assertEquals(ProblemType.SCOPE_VIOLATION, none.type());
        assertEquals(401, assertThrows(ApiProblem.class, () -> JwtCallers.caller(claims().remove("sub").build(), "langnghe_unit", 600,
                code -> ward)).response().getStatus());
        // another claim name, by configuration
        assertEquals("ward-26740", JwtCallers.caller(claims().add("unit", "ward-26740").build(), "unit", 600, code -> ward).unitCode());
    }

    @Test
    void keysThatAreNotPublicKeysAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> JwtVerifier.keys("{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}"));
        assertThrows(IllegalArgumentException.class, () -> JwtVerifier.keys("-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----"));
    }

    private static String b64(BigInteger n) {
        byte[] b = n.toByteArray();
        return B64.encodeToString(b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b);
    }

    private static String b64(BigInteger n, int len) {
        byte[] b = n.toByteArray();
        byte[] out = new byte[len];
        int copy = Math.min(b.length, len);
        System.arraycopy(b, b.length - copy, out, len - copy, copy);
        return B64.encodeToString(out);
    }
}
