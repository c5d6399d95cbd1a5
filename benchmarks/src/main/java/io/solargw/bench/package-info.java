/**
 * JMH micro-benchmarks of the decoders; run with {@code java -jar
 * benchmarks/target/benchmarks.jar}.
 */
package io.solargw.bench;
