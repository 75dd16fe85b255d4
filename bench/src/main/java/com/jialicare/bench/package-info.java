/**
 * The benchmark (README, Benchmarks): the generator draws a city, region or province ({@code Plan}), proves it
 * against the residency rules and loads it into PostgreSQL ({@code Generator}, {@code RuleChecks}), then a
 * provisioned WildFly is measured over HTTP ({@code Benchmark}, {@code LoadTest}, {@code WildFly}).
 */
package com.jialicare.bench;
