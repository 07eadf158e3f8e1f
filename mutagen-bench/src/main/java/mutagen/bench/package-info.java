// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Benchmarks of mutagen-java: JMH benchmarks ({@link mutagen.bench.OpenBenchmark}, {@link mutagen.bench.SaveBenchmark},
 * {@link mutagen.bench.ScanBenchmark}, {@link mutagen.bench.FloorBenchmark}, started by {@link mutagen.bench.BenchMain})
 * and the plain timing loop of {@code bench/compare} ({@link mutagen.bench.CompareLoop}).
 *
 * <p>Everything goes through the format-neutral API ({@code mutagen.File.open}, {@code FileType.info()/keys()/get()},
 * {@code StreamInfo.attributes()}, {@code FileType.save}); formats are whatever providers the class path holds.
 */
package mutagen.bench;
