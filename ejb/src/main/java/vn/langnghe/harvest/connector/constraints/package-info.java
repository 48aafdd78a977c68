/**
 * Bean Validation constraints for the components of connector config records, each with the message
 * the admin form shows after the field's name ("pageSize must be between 1 and 500"). Bounds are
 * made of {@code @Min}/{@code @Max}; a web address is checked by {@link
 * vn.langnghe.harvest.connector.WebAddress}. Platform packages use them; nothing here knows a platform.
 */
package vn.langnghe.harvest.connector.constraints;
