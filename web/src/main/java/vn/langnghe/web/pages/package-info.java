/**
 * The PrimeFaces pages' backing beans, named after the screen they serve (dashboard, sources, login, password),
 * and the interface language. They render what the EJB services return and hold no business rules.
 */
package vn.langnghe.web.pages;
