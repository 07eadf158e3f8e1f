// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Every format of mutagen-java in one module: requiring {@code mutagen.all} reads the API ({@code mutagen}) and
 * every format module, and puts every format provider on the module path for {@link mutagen.File#open}. An
 * application that needs only some formats requires those modules instead.
 */
module mutagen.all {
    exports mutagen.all;

    requires transitive mutagen;
    requires transitive mutagen.id3;
    requires transitive mutagen.mp3;
    requires transitive mutagen.vorbis;
    requires transitive mutagen.flac;
    requires transitive mutagen.apev2;
    requires transitive mutagen.wavpack;
    requires transitive mutagen.musepack;
    requires transitive mutagen.monkeysaudio;
    requires transitive mutagen.optimfrog;
    requires transitive mutagen.tak;
    requires transitive mutagen.trueaudio;
    requires transitive mutagen.iff;
    requires transitive mutagen.wave;
    requires transitive mutagen.aiff;
    requires transitive mutagen.dsf;
    requires transitive mutagen.dsdiff;
    requires transitive mutagen.mp4;
    requires transitive mutagen.ogg;
    requires transitive mutagen.asf;
    requires transitive mutagen.oggflac;
    requires transitive mutagen.aac;
    requires transitive mutagen.ac3;
    requires transitive mutagen.smf;
}
