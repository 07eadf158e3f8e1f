// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.monkeysaudio;

import mutagen.apev2.APEv2Error;

/**
 * Not a MonkeysAudio file: no 76-byte {@code MAC } header at the start (mutagen's {@code MonkeysAudioHeaderError}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class MonkeysAudioHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public MonkeysAudioHeaderError(String message) {
        super(message);
    }
}
