// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for AIFF (through mutagen.testkit.FileTypeContract)
package mutagen.aiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.id3.Encoding;
import mutagen.id3.TIT2;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class AIFFContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("11k-1ch-2s-silence.aif"), TestFiles.corpus("48k-2ch-s16-silence.aif"),
                TestFiles.corpus("8k-1ch-1s-silence.aif"), TestFiles.corpus("8k-1ch-3.5s-silence.aif"),
                TestFiles.corpus("8k-4ch-1s-silence.aif"), TestFiles.corpus("with-id3.aif"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new AIFF(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new AIFF(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return AIFF.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("TIT2", new TIT2(Encoding.UTF8, "edited by the contract"));
    }
}
