// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Test helpers shared by every module (test scope only): corpus lookup, temporary copies, fault-injecting and
 * counting channels, and the contract tests every {@code FileType} and Vorbis-comment dictionary passes.
 *
 * <p>Thread safety: the helpers are used by the test that made them, on its thread.
 */
package mutagen.testkit;
