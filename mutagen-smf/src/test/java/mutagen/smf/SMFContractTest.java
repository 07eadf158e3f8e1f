// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for SMF (through mutagen.testkit.FileTypeContract)
package mutagen.smf;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class SMFContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("sample.mid"), TestFiles.fixture("streams/format0-tempo.mid"),
                TestFiles.fixture("streams/format1-tempomap.mid"),
                TestFiles.fixture("streams/format1-default-tempo.midi"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new SMF(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new SMF(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return SMF.class;
    }

    /** SMF holds no tags in mutagen: the only edit is none, and adding tags fails. */
    @Override
    protected void edit(FileType file) {
        assertThrows(MutagenError.class, file::addTags);
    }
}
