// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for TrueAudio (through mutagen.testkit.FileTypeContract)
package mutagen.trueaudio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.id3.Encoding;
import mutagen.id3.TIT2;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class TrueAudioContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("empty.tta"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new TrueAudio(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new TrueAudio(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return TrueAudio.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("TIT2", new TIT2(Encoding.UTF8, "edited by the contract"));
    }
}
