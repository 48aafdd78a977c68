/**
 * Sign-in with Jakarta Security: the form and Basic mechanisms and the identity store over the
 * accounts in the database (salted PBKDF2 hashes; lockout and policy are the account service's). Roles
 * come from the account. Also: keeps an account with a generated password on the password page, sets the
 * session time-out, and tells the audit trail each request's client address; nothing else here.
 */
package vn.langnghe.web.security;
