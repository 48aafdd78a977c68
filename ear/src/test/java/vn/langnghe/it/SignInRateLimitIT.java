package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in rate limit on the real server: after five failed sign-ins for one username (the shipped
 * default) the API answers 429 with Retry-After and JSON, and the sign-in page says to wait. A made-up
 * username, so no other test's account is held up; the per-address limit is raised for the test
 * environment (bin/langnghe it_env), every test client being 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInRateLimitIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }

    @Test
    void failuresForOneUsernameAreSlowedDownOnTheApiAndThePage() throws Exception {
        String user = "it-guess-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, basic(user, "guess-" + i).statusCode());
        }
        HttpResponse<String> limited = basic(user, "guess-5");
        assertEquals(429, limited.statusCode(), limited.body());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(limited.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(limited.body().contains("too many failed sign-ins"), limited.body());

        HttpResponse<String> page = ItEnvironment.signIn(ItEnvironment.client(), user, "guess-6");
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("Đăng nhập sai quá nhiều lần"), page.body());
    }

    private static HttpResponse<String> basic(String user, String password) throws Exception {
        return ItEnvironment.client().send(HttpRequest.newBuilder(URI.create(ItEnvironment.base() + "api/v1/sources"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
