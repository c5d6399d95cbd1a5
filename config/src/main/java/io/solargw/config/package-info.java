/**
 * The gateway's configuration: immutable records loaded from one YAML file, overridable by
 * environment variables, validated before anything starts with every problem reported at once.
 */
package io.solargw.config;
