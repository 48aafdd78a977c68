/**
 * Units (the standing admin unit, departments, districts, wards), their accounts and roles, password
 * checking, the password policy and the lockout after wrong passwords, the admins' account actions, and
 * the data scope a unit may see. It owns the units/accounts tables and nothing in Solr.
 */
package vn.langnghe.account;
