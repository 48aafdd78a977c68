/**
 * Sign-in with Jakarta Security: the form and Basic mechanisms and the identity store over the
 * accounts in the database (salted PBKDF2 hashes; lockout and policy are the account service's), behind
 * a rate limit on failed sign-ins. Roles come from the account. Also: the browser security headers of
 * every answer, keeping an account with a generated password on the password page, the session
 * time-out, and each request's client address for the audit trail; nothing else here.
 */
package vn.langnghe.web.security;
