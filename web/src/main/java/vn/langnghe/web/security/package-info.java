/**
 * Sign-in with Jakarta Security: the form and Basic mechanisms and the identity store over the
 * accounts in the database (salted PBKDF2 hashes). Roles come from the account; nothing else here.
 */
package vn.langnghe.web.security;
