package vn.langnghe.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Calls a minute per caller, as a token bucket: a caller may burst up to its minute's allowance, then
 * gets one call per {@code 60 / limit} seconds. Over it, the number of seconds until the next call is
 * allowed ({@code Retry-After}). Kept in this server's memory: in a deployment group of N servers behind a
 * balancer a client gets up to N times its limit (docs/api.md says so).
 */
@ApplicationScoped
public class ApiRateLimit {
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    public ApiRateLimit() {
        this(System::nanoTime);
    }

    ApiRateLimit(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Takes one call from the caller's allowance; empty when allowed, else the seconds to wait. */
    public OptionalLong take(String caller, int perMinute) {
        Bucket b = buckets.computeIfAbsent(caller, k -> new Bucket(perMinute, nanos.getAsLong()));
        return b.take(perMinute, nanos.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int perMinute, long now) {
            tokens = perMinute;
            at = now;
        }

        synchronized OptionalLong take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - at) * perNano);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
