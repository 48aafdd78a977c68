package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Checks a JWT (JWS compact form) against the keys, issuer and audiences of the MicroProfile JWT
 * configuration: the signature (RS256 with an RSA key, ES256 with a P-256 key, nothing else: {@code none},
 * HS256 and friends are refused, and a key only ever checks its own algorithm, so an RSA public key can
 * never be used as an HMAC secret), {@code exp} (required), {@code nbf}, {@code iss}, {@code aud}, with a
 * small clock skew. Written on the JDK's own signature code: the checks are few, and a JOSE library would
 * bring its own JSON parser and the algorithms we refuse.
 */
final class JwtVerifier {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A key and the {@code kid} it was published under (null from a PEM). */
    record Key(String kid, PublicKey key) {
    }

    private final List<Key> keys;
    private final String issuer;
    private final Set<String> audiences;
    private final Duration skew;

    JwtVerifier(List<Key> keys, String issuer, Set<String> audiences, Duration skew) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no verification key");
        }
        this.keys = List.copyOf(keys);
        this.issuer = issuer;
        this.audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        this.skew = skew;
    }

    /** The token's claims, or an {@link ApiProblem} (401) saying what is wrong with it. */
    JsonObject verify(String jwt, Instant now) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw refused(parts.length == 5 ? "encrypted JWTs (JWE) are not accepted" : "not a JWT (header.payload.signature)");
        }
        JsonObject header = json(parts[0], "header");
        String alg = header.get("alg") instanceof JsonString s ? s.getString() : "";
        if (!alg.equals("RS256") && !alg.equals("ES256")) {
            throw refused("the JWT's algorithm " + (alg.isEmpty() ? "is missing" : "\"" + shortened(alg) + "\" is not accepted")
                    + " (RS256 or ES256)");
        }
        if (header.containsKey("crit")) {
            throw refused("the JWT has critical header extensions this platform does not understand");
        }
        String kid = header.get("kid") instanceof JsonString s ? s.getString() : null;
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = decode(parts[2], "signature");
        boolean valid = false;
        for (Key k : keys) {
            if (kid != null && k.kid() != null && !kid.equals(k.kid())) {
                continue;
            }
            if (verifies(alg, k.key(), signed, signature)) {
                valid = true;
                break;
            }
        }
        if (!valid) {
            throw refused("the JWT's signature does not verify with the configured keys");
        }
        JsonObject claims = json(parts[1], "payload");
        Instant exp = seconds(claims, "exp");
        if (exp == null) {
            throw refused("the JWT has no expiry (exp)");
        }
        if (now.isAfter(exp.plus(skew))) {
            throw ApiProblem.unauthenticated(ProblemType.TOKEN_EXPIRED, "the JWT expired at " + exp);
        }
        Instant nbf = seconds(claims, "nbf");
        if (nbf != null && now.plus(skew).isBefore(nbf)) {
            throw refused("the JWT is not valid before " + nbf);
        }
        if (issuer != null && !(claims.get("iss") instanceof JsonString iss && iss.getString().equals(issuer))) {
            throw refused("the JWT's issuer (iss) is not the one this platform trusts");
        }
        if (!audiences.isEmpty() && !audiences(claims).stream().anyMatch(audiences::contains)) {
            throw refused("the JWT is not meant for this platform (aud)");
        }
        return claims;
    }

    private static boolean verifies(String alg, PublicKey key, byte[] signed, byte[] signature) {
        try {
            Signature s;
            if (alg.equals("RS256") && key instanceof RSAPublicKey rsa) {
                if (rsa.getModulus().bitLength() < 2048) {
                    return false;
                }
                s = Signature.getInstance("SHA256withRSA");
            } else if (alg.equals("ES256") && key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256) {
                if (signature.length != 64) {
                    return false; // JWS: R and S, 32 bytes each (never DER)
                }
                s = Signature.getInstance("SHA256withECDSAinP1363Format");
            } else {
                return false;
            }
            s.initVerify(key);
            s.update(signed);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> audiences(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        List<String> out = new ArrayList<>();
        if (aud instanceof JsonString s) {
            out.add(s.getString());
        } else if (aud instanceof JsonArray a) {
            a.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).forEach(out::add);
        }
        return out;
    }

    private static Instant seconds(JsonObject claims, String name) {
        JsonValue v = claims.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            throw refused("the JWT's " + name + " is not a number of seconds");
        }
        try {
            return Instant.ofEpochSecond(n.bigDecimalValue().longValue());
        } catch (RuntimeException e) {
            throw refused("the JWT's " + name + " is out of range");
        }
    }

    private static JsonObject json(String part, String what) {
        byte[] bytes = decode(part, what);
        try (JsonReader r = JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            if (r.readValue() instanceof JsonObject o) {
                return o;
            }
        } catch (RuntimeException e) {
            // falls through to the refusal
        }
        throw refused("the JWT's " + what + " is not a JSON object");
    }

    private static byte[] decode(String part, String what) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw refused("the JWT's " + what + " is not base64url");
        }
    }

    private static ApiProblem refused(String detail) {
        return ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED, detail);
    }

    private static String shortened(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /**
     * The keys in a MicroProfile JWT key text: a PEM public key (RSA or EC), a JWK, or a JWK set
     * ({@code {"keys": [...]}}); private key material in a JWK is ignored. Keys of other types are skipped.
     */
    static List<Key> keys(String text) {
        String t = text.strip();
        List<Key> out = new ArrayList<>();
        try {
            if (t.startsWith("{")) {
                JsonObject o;
                try (JsonReader r = JSON.createReader(new StringReader(t))) {
                    o = r.readObject();
                }
                if (o.containsKey("keys")) {
                    for (JsonValue k : o.getJsonArray("keys")) {
                        jwk(k.asJsonObject(), out);
                    }
                } else {
                    jwk(o, out);
                }
            } else {
                String b64 = t.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
                byte[] der = Base64.getDecoder().decode(b64);
                for (String type : List.of("RSA", "EC")) {
                    try {
                        out.add(new Key(null, KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der))));
                        break;
                    } catch (GeneralSecurityException e) {
                        // the other type
                    }
                }
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the JWT verification key cannot be read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the JWT verification key holds no RSA or P-256 public key");
        }
        return out;
    }

    private static void jwk(JsonObject k, List<Key> out) throws GeneralSecurityException {
        String kid = k.getString("kid", null);
        String use = k.getString("use", "sig");
        if (!use.equals("sig")) {
            return;
        }
        switch (k.getString("kty", "")) {
            case "RSA" -> out.add(new Key(kid, KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(big(k, "n"), big(k, "e")))));
            case "EC" -> {
                if (k.getString("crv", "").equals("P-256")) {
                    AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
                    p.init(new ECGenParameterSpec("secp256r1"));
                    out.add(new Key(kid, KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
                            new ECPoint(big(k, "x"), big(k, "y")), p.getParameterSpec(ECParameterSpec.class)))));
                }
            }
            default -> {
                // oct (HMAC secrets) and others: never used to verify
            }
        }
    }

    private static BigInteger big(JsonObject k, String name) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(k.getString(name)));
    }
}
