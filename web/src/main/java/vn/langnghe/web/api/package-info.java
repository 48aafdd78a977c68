/**
 * The JSON API under {@code /api/v1} (JAX-RS): resources, the admin-only filter, request-body reading
 * and the mapping of every failure to a JSON answer (never an HTML page). It calls the EJB module's
 * services and never queries Solr or the database itself.
 */
package vn.langnghe.web.api;
