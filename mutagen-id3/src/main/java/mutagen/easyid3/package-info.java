// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * ID3 tags as a simple case-insensitive mapping of keys to string lists: mirrors {@code mutagen.easyid3}.
 *
 * <p>{@link mutagen.easyid3.EasyID3} wraps an {@link mutagen.id3.ID3} and knows mutagen's 56 keys (text frames,
 * genre, date, originaldate, {@code performer:*}, musicbrainz_trackid, website, {@code replaygain_*_gain/peak} and
 * 19 TXXX keys); more can be registered with {@link mutagen.easyid3.EasyID3#registerKey},
 * {@link mutagen.easyid3.EasyID3#registerTextKey} and {@link mutagen.easyid3.EasyID3#registerTXXXKey}.
 * {@link mutagen.easyid3.EasyID3FileType} is {@link mutagen.id3.ID3FileType} with EasyID3 tags.
 */
package mutagen.easyid3;
