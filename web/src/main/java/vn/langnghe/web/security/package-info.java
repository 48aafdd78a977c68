/**
 * Sign-in with Jakarta Security: the form and Basic mechanisms and the identity store over the
 * accounts in the database (salted PBKDF2 hashes). Roles come from the account. Also tells the audit
 * trail each request's client address; nothing else here.
 */
package vn.langnghe.web.security;
