package vn.langnghe.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInRateLimitTest {
    private final SteppedClock clock = new SteppedClock();
    private String address = "203.0.113.7";
    private final SignInRateLimit limit = new SignInRateLimit(10, 5, Duration.ofSeconds(60), clock, () -> address);

    @Test
    void oneUsernameIsClosedAfterItsFailuresFromAnyAddress() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), limit.retryAfter("lan"));
            address = "203.0.113." + i;
            limit.failed("lan");
        }
        address = "198.51.100.1";
        assertEquals(Optional.of(Duration.ofSeconds(60)), limit.retryAfter("lan"), "from another address too");
        assertEquals(Optional.empty(), limit.retryAfter("minh"), "another account is not affected");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Optional.empty(), limit.retryAfter("lan"), "open again a minute later");
    }

    @Test
    void oneAddressIsClosedAfterItsFailuresWhateverTheUsername() {
        for (int i = 0; i < 10; i++) {
            limit.failed("user" + i);
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(50)), limit.retryAfter("admin"));
        address = "198.51.100.1";
        assertEquals(Optional.empty(), limit.retryAfter("admin"), "another address may still try");
    }

    @Test
    void theLongerOfBothWaitsIsTheAnswer() {
        for (int i = 0; i < 5; i++) {
            limit.failed("other" + i); // the address: 5 of 10 at t=0
        }
        clock.advance(Duration.ofSeconds(20));
        for (int i = 0; i < 5; i++) {
            limit.failed("lan"); // the address: 10 of 10, open at t=60; lan: 5 of 5, open at t=80
        }
        assertEquals(Optional.of(Duration.ofSeconds(60)), limit.retryAfter("lan"), "the username's wait");
        assertEquals(Optional.of(Duration.ofSeconds(40)), limit.retryAfter("someone"), "the address's wait");
    }

    @Test
    void caseAndBlanksDoNotMakeAnotherUsername() {
        for (String u : new String[] {"Lan", " lan", "LAN ", "lan", "lAn"}) {
            limit.failed(u);
        }
        assertTrue(limit.retryAfter("lan").isPresent());
        assertEquals(200, SignInRateLimit.usernameKey("x".repeat(100_000)).length());
        assertEquals("", SignInRateLimit.usernameKey(null));
    }

    @Test
    void aMissingAddressIsOneKeyNotAPass() {
        address = null;
        for (int i = 0; i < 10; i++) {
            limit.failed("u" + i);
        }
        assertTrue(limit.retryAfter("admin").isPresent());
    }

    @Test
    void secondsAreRoundedUpAndNeverZero() {
        assertEquals(1, SignInRateLimit.seconds(Duration.ZERO));
        assertEquals(1, SignInRateLimit.seconds(Duration.ofMillis(1)));
        assertEquals(2, SignInRateLimit.seconds(Duration.ofMillis(1001)));
        assertEquals(60, SignInRateLimit.seconds(Duration.ofSeconds(60)));
    }
}
