package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OAuth2 bearer JWTs against the real EAR: {@code bin/langnghe it-start} makes a key pair and configures the
 * server with its public half ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}, issuer, audience); the test signs
 * tokens with the private half. A valid one analyses texts and is scoped to its unit; expired, foreign-key,
 * {@code alg: none}, unknown-unit and missing-permission tokens are refused as problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JwtIT {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static PrivateKey key;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
        String pem = Files.readString(Path.of(ItEnvironment.get("it.jwt.private-key")));
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", ""))));
    }

    static JsonObjectBuilder claims() {
        long now = Instant.now().getEpochSecond();
        return Json.createObjectBuilder().add("iss", ItEnvironment.get("it.jwt.issuer")).add("aud", ItEnvironment.get("it.jwt.audience"))
                .add("sub", "hotline-gateway").add("iat", now).add("exp", now + 300).add("langnghe_unit", "ward-26740")
                .add("scope", "openid analyze posts:read");
    }

    static String sign(JsonObject claims, PrivateKey with) throws Exception {
        String signed = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(with);
        s.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + B64.encodeToString(s.sign());
    }

    static HttpResponse<String> analyze(String jwt) throws Exception {
        HttpRequest.Builder b = AdminApi.post("api/v1/analyze", "{\"text\":\"Đường Nguyễn Huệ ngập nặng quá\"}")
                .header("Authorization", "Bearer " + jwt);
        return AdminApi.send(b, null, null);
    }

    private static void problem(HttpResponse<String> rsp, int status, String type) {
        assertEquals(status, rsp.statusCode(), rsp.body());
        assertEquals("/api/v1/problems/" + type, AdminApi.object(rsp.body()).getString("type"), rsp.body());
    }

    @Test
    void aValidTokenAnalysesTexts() throws Exception {
        HttpResponse<String> rsp = analyze(sign(claims().build(), key));
        assertEquals(200, rsp.statusCode(), rsp.body());
        assertEquals("vi", AdminApi.object(rsp.body()).getString("language"));
    }

    @Test
    void badTokensAreRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        problem(analyze(sign(claims().add("exp", now - 3600).build(), key)), 401, "token-expired");
        problem(analyze(sign(claims().add("iss", "https://evil.example").build(), key)), 401, "unauthenticated");
        problem(analyze(sign(claims().add("aud", "another-api").build(), key)), 401, "unauthenticated");
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        problem(analyze(sign(claims().build(), g.generateKeyPair().getPrivate())), 401, "unauthenticated");
        String payload = sign(claims().build(), key).split("\\.")[1];
        problem(analyze(B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + "."), 401,
                "unauthenticated");
        problem(analyze(sign(claims().add("langnghe_unit", "ward-00000-nowhere").build(), key)), 403, "scope-violation");
        problem(analyze(sign(claims().add("scope", "openid posts:read").build(), key)), 403, "forbidden");
        HttpResponse<String> rsp = analyze("not-a-jwt");
        problem(rsp, 401, "unauthenticated");
        assertTrue(rsp.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")), rsp.headers().toString());
    }
}
