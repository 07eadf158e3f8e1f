// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for WAVE (through mutagen.testkit.FileTypeContract)
package mutagen.wave;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.id3.Encoding;
import mutagen.id3.TIT2;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class WAVEContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("silence-2s-PCM-16000-08-ID3v23.wav"),
                TestFiles.corpus("silence-2s-PCM-16000-08-notags.wav"),
                TestFiles.corpus("silence-2s-PCM-44100-16-ID3v23.wav"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new WAVE(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new WAVE(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return WAVE.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("TIT2", new TIT2(Encoding.UTF8, "edited by the contract"));
    }
}
