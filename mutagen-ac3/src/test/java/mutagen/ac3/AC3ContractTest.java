// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for AC3 (through mutagen.testkit.FileTypeContract)
package mutagen.ac3;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class AC3ContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("silence-44-s.ac3"), TestFiles.corpus("silence-44-s.eac3"),
                TestFiles.fixture("streams/ac3-48000-5.1.ac3"), TestFiles.fixture("streams/eac3-32000-mono.eac3"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new AC3(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new AC3(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return AC3.class;
    }

    /** AC3 holds no tags in mutagen: the only edit is none, and adding tags fails. */
    @Override
    protected void edit(FileType file) {
        assertThrows(MutagenError.class, file::addTags);
    }
}
