// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * mutagen's command-line tools with mutagen 1.48.1's options, output and exit codes: {@code mutagen-inspect}
 * (formats reached through the {@code FormatProvider} SPI only), {@code mid3v2}, {@code mid3cp}, {@code mid3iconv},
 * {@code moggsplit} and {@code mutagen-pony}. Each tool class has a {@code main} method; {@code bin/mutagen-tool} runs
 * them.
 *
 * <p>Thread safety: each run of a tool is confined to the thread that calls it.
 */
package mutagen.tools;
