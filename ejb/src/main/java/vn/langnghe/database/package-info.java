/**
 * The relational database: versioned migrations (Flyway owns the DDL, JPA never generates it) and
 * facts about the database in use. Entities live in the feature packages that own them.
 */
package vn.langnghe.database;
