/**
 * Not API: the loading pipeline behind {@link io.solargw.config.ConfigLoader}. YAML text becomes a
 * located tree ({@code yaml}), is checked against the key schema ({@code schema}), gets the
 * environment variables applied ({@code env}) and is bound into the config records ({@code bind});
 * every step reports into one {@link io.solargw.config.internal.Problems}.
 */
package io.solargw.config.internal;
