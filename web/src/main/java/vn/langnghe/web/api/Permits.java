package vn.langnghe.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.langnghe.apiclient.Permission;

/**
 * The permission a resource method (or every method of a resource class) needs; {@link ApiAccessFilter}
 * signs the caller in, checks it and the rate limit, and leaves the {@link ApiCaller} on the request.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Permits {
    Permission value();
}
