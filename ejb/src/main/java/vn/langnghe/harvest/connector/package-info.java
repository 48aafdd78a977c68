/**
 * The connector SPI. A platform is a sub-package with three classes: a factory that names the
 * platform ({@link vn.langnghe.harvest.connector.ConnectorFactory#type()}), a config record that the
 * admin form edits, and a connector that fetches one page of items after a cursor. Connectors speak
 * HTTP through {@link vn.langnghe.harvest.connector.HttpFetcher}, which enforces the size and time
 * limits, and they report every failure as one of the {@link
 * vn.langnghe.harvest.connector.ConnectorException} kinds so the harvester knows whether to wait,
 * retry or stop.
 */
package vn.langnghe.harvest.connector;
