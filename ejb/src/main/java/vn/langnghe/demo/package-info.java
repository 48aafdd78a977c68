/**
 * The demo dataset: realistic posts and comments about city issues, generated deterministically and
 * indexed through the normal indexing path when {@code langnghe.demo.enabled} is true.
 */
package vn.langnghe.demo;
