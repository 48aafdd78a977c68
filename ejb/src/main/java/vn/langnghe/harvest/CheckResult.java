package vn.langnghe.harvest;

/** The answer to "check": whether the platform answered as expected, and what it said. */
public record CheckResult(boolean ok, String kind, String message) {
}
