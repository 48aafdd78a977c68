package vn.langnghe.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import vn.langnghe.account.AdminRefusal;
import vn.langnghe.account.UnitService;
import vn.langnghe.account.UnitView;
import vn.langnghe.apiclient.Permission;
import vn.langnghe.search.Reader;

/**
 * Systems with an identity provider of their own present OAuth2 bearer JWTs instead of a client token.
 * Configured with the MicroProfile JWT keys ({@code mp.jwt.verify.publickey} or
 * {@code mp.jwt.verify.publickey.location}: a file, a {@code classpath:} resource or an http(s) URL, read once;
 * a PEM public key, a JWK or a JWK set), issuer
 * ({@code mp.jwt.verify.issuer}), audiences ({@code mp.jwt.verify.audiences}) and clock skew
 * ({@code mp.jwt.verify.clock.skew}, seconds). Payara's own MP-JWT mechanism is not used: it would replace
 * the pages' form sign-in for the whole application. Without a key, every JWT is refused, saying so.
 * <p>
 * A valid token stands for {@code jwt:<sub>} (the audit actor), reads in the scope of the unit its unit claim
 * names ({@code langnghe.api.jwt.unit-claim}, default {@code langnghe_unit}; a unit the platform does not know
 * is a scope violation), and may do what its {@code scope} (space-separated) and {@code groups} claims name
 * among the API's permission codes.
 */
@ApplicationScoped
public class JwtCallers {
    private static final Logger LOG = Logger.getLogger(JwtCallers.class.getName());

    @Inject
    Config config;

    @EJB
    UnitService units;

    private volatile Optional<JwtVerifier> verifier;

    /** The caller a JWT stands for, or an {@link ApiProblem} (401, 403) saying why not. */
    public ApiCaller caller(String jwt) {
        JwtVerifier v = verifier().orElseThrow(() -> ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED,
                "JWT bearer tokens are not enabled on this platform: use a client token (ln_…)"));
        JsonObject claims = v.verify(jwt, Clock.systemUTC().instant());
        String unitClaim = config.getOptionalValue("langnghe.api.jwt.unit-claim", String.class).orElse("langnghe_unit");
        int rate = config.getOptionalValue("langnghe.api.jwt.rate-limit-per-minute", Integer.class)
                .or(() -> config.getOptionalValue("langnghe.api.rate-limit-per-minute", Integer.class)).orElse(600);
        return caller(claims, unitClaim, rate, this::unit);
    }

    /** The mapping of verified claims to a caller, apart from the container for the tests. */
    static ApiCaller caller(JsonObject claims, String unitClaim, int ratePerMinute, java.util.function.Function<String, UnitView> units) {
        String sub = claims.get("sub") instanceof JsonString s ? s.getString().strip() : "";
        if (sub.isEmpty() || sub.length() > 200 || sub.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED, "the JWT names no subject (sub)");
        }
        String unitCode = claims.get(unitClaim) instanceof JsonString s ? s.getString().strip() : "";
        if (unitCode.isEmpty()) {
            throw new ApiProblem(ProblemType.SCOPE_VIOLATION, "the JWT names no unit (claim " + unitClaim + "): its data scope is unknown");
        }
        UnitView unit = units.apply(unitCode);
        String name = "jwt:" + sub;
        return new ApiCaller(ApiCaller.Kind.JWT, name, unit.code(), new Reader(name, unit.code(), unit.scope(), unit.personalDataClearance()),
                permissions(claims), ratePerMinute);
    }

    /** The API's permission codes among the {@code scope} (space-separated) and {@code groups} claims. */
    static Set<Permission> permissions(JsonObject claims) {
        Set<Permission> out = EnumSet.noneOf(Permission.class);
        if (claims.get("scope") instanceof JsonString s) {
            Arrays.stream(s.getString().split(" +")).forEach(c -> Permission.ofCode(c).ifPresent(out::add));
        }
        if (claims.get("groups") instanceof JsonArray groups) {
            for (JsonValue g : groups) {
                if (g instanceof JsonString gs) {
                    Permission.ofCode(gs.getString()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private UnitView unit(String code) {
        try {
            return units.get(code);
        } catch (AdminRefusal e) {
            throw new ApiProblem(ProblemType.SCOPE_VIOLATION, "the JWT's unit is not one this platform knows");
        }
    }

    private Optional<JwtVerifier> verifier() {
        Optional<JwtVerifier> v = verifier;
        if (v == null) {
            synchronized (this) {
                if (verifier == null) {
                    try {
                        verifier = build();
                    } catch (RuntimeException e) {
                        // not kept: the next JWT tries again, once the key file or the provider is back
                        LOG.log(Level.SEVERE, "the JWT verification keys cannot be read", e);
                        throw new ApiProblem(ProblemType.UNAVAILABLE, "JWT verification is not available: the server log says why");
                    }
                }
                v = verifier;
            }
        }
        return v;
    }

    /** Read once: a key change takes a redeploy, as with every MicroProfile JWT setting. */
    private Optional<JwtVerifier> build() {
        Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class).filter(s -> !s.isBlank());
        Optional<String> location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).filter(s -> !s.isBlank());
        if (inline.isEmpty() && location.isEmpty()) {
            return Optional.empty();
        }
        String text = inline.orElseGet(() -> read(location.get()));
        String issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).filter(s -> !s.isBlank()).orElse(null);
        Set<String> audiences = config.getOptionalValue("mp.jwt.verify.audiences", String.class)
                .map(a -> Arrays.stream(a.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
        int skew = config.getOptionalValue("mp.jwt.verify.clock.skew", Integer.class).orElse(60);
        List<JwtVerifier.Key> keys = JwtVerifier.keys(text);
        if (issuer == null) {
            LOG.warning("mp.jwt.verify.issuer is not set: JWTs of any issuer signed with the configured keys are accepted");
        }
        LOG.info("JWT bearer tokens enabled: " + keys.size() + " key(s), issuer " + issuer + ", audiences " + audiences);
        return Optional.of(new JwtVerifier(keys, issuer, audiences, Duration.ofSeconds(Math.max(0, Math.min(skew, 300)))));
    }

    private static String read(String location) {
        try {
            if (location.startsWith("classpath:") || !location.contains(":") && !location.startsWith("/")) {
                String name = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name.replaceFirst("^/", ""))) {
                    if (in == null) {
                        throw new IllegalStateException("mp.jwt.verify.publickey.location: no resource " + name);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            if (location.startsWith("https://") || location.startsWith("http://")) {
                // an identity provider's JWK set endpoint, read once like a file
                HttpResponse<String> rsp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                        HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (rsp.statusCode() != 200) {
                    throw new IllegalStateException("mp.jwt.verify.publickey.location answered " + rsp.statusCode());
                }
                return rsp.body();
            }
            Path file = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("mp.jwt.verify.publickey.location " + location + " cannot be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + location, e);
        }
    }
}
