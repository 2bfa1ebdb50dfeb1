/**
 * The shared kernel: users, roles, sign-in, API tokens, audit log, administrative units, Vietnamese text and
 * number helpers, layout and i18n. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package vn.htxso.platform;
