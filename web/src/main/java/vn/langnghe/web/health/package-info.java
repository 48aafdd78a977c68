/**
 * MicroProfile Health checks: liveness of the application, readiness of Solr and the database. They
 * must never fail with an exception: a part that cannot be asked (yet) is reported DOWN with a reason.
 */
package vn.langnghe.web.health;
