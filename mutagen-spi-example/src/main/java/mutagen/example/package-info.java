// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * MUTAGEN-EXAMPLE, a format made up to show how a third party adds a format to mutagen-java.
 *
 * <p>File notes. All integers are big-endian.
 * <pre>
 * offset  size  field
 *      0    15  magic "MUTAGEN-EXAMPLE"
 *     15     1  version, 1
 *     16     4  sample rate in Hz (not 0)
 *     20     2  channels
 *     22     4  total samples
 *     26     4  N, the size of the tag region
 *     30     N  tag region: entries of (u16 key length, ASCII key, u32 value length, UTF-8 value), ended by a
 *               key length of 0 (absent when N is 0); the rest of the region is padding
 *   30+N     -  audio data, to the end of the file
 * </pre>
 * Saving follows mutagen's padding rules ({@link mutagen.PaddingInfo}): tags that fit the region are rewritten in
 * place; otherwise the region is resized, which {@link mutagen.util.FileSource} does on a temporary copy.
 *
 * <p>The roles are those of every format module: {@link mutagen.example.ExampleProvider} detects,
 * {@code ExampleParser} reads through a bounds-checked {@link mutagen.util.ByteReader},
 * {@code ExampleWriter} writes, {@link mutagen.example.ExampleFile} is what users hold, and every problem is an
 * {@link mutagen.example.ExampleError}.
 */
package mutagen.example;
