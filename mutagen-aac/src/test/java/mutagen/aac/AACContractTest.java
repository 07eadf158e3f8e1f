// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for AAC (through mutagen.testkit.FileTypeContract)
package mutagen.aac;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class AACContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("empty.aac"), TestFiles.corpus("adif.aac"),
                TestFiles.fixture("streams/aac-44100-2ch-crc.aac"), TestFiles.fixture("streams/aac-48000-6ch.aac"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new AAC(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new AAC(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return AAC.class;
    }

    /** AAC holds no tags in mutagen: the only edit is none, and adding tags fails. */
    @Override
    protected void edit(FileType file) {
        assertThrows(MutagenError.class, file::addTags);
    }
}
