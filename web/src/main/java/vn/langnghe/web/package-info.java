/**
 * The web tier: PrimeFaces pages ({@code pages}), the JAX-RS API ({@code api}), health checks
 * ({@code health}) and sign-in ({@code security}). It holds no business rules: it calls the EJB
 * module's services and renders what they return.
 */
package vn.langnghe.web;
