/**
 * The connector SPI. A platform is a sub-package with three classes: a factory that names the
 * platform ({@link vn.langnghe.harvest.connector.ConnectorFactory#type()}), a config record that the
 * admin form edits, and a connector that fetches one page of items after a cursor. What a config field
 * may hold is declared on the record with Bean Validation (the constraints of {@code
 * connector.constraints}, which is no platform) and gathered by {@link
 * vn.langnghe.harvest.connector.ConfigProblems}. Connectors speak HTTP through {@link
 * vn.langnghe.harvest.connector.HttpFetcher}, which enforces the size and time limits, and they report
 * every failure as one of the {@link vn.langnghe.harvest.connector.ConnectorException} kinds so the
 * harvester knows whether to wait, retry or stop.
 */
package vn.langnghe.harvest.connector;
