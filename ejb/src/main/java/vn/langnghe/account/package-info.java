/**
 * Units (the standing admin unit, departments, districts, wards), their accounts and roles, password
 * checking, and the data scope a unit may see. It owns the units/accounts tables and nothing in Solr.
 */
package vn.langnghe.account;
