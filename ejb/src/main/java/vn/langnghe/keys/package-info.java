/**
 * The platform's own secret keys (credentials encryption, authors' pseudonyms): taken from
 * configuration, or generated once into the data directory, readable by the platform's user only.
 * Uses nothing else.
 */
package vn.langnghe.keys;
