// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * The service-provider interface through which formats are found: a format module provides a
 * {@link mutagen.spi.FormatProvider} (declared with {@code provides} in its {@code module-info}, or in
 * {@code META-INF/services} on the class path), which scores a {@link mutagen.spi.ProbeInput} (optionally declaring
 * the {@link mutagen.spi.Clues} that bound its score, so that detection skips it when it cannot win) and opens the
 * file;
 * {@link mutagen.spi.Providers} lists the installed ones. See {@code docs/NEW_FORMAT.md}.
 *
 * <p>Thread safety: providers are stateless and shared by every thread; a {@code ProbeInput} belongs to one open.
 */
package mutagen.spi;
